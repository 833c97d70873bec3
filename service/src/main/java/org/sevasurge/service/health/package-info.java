/** Health, readiness, Prometheus metrics and the OpenAPI description of the service. */
@NullMarked
package org.sevasurge.service.health;

import org.jspecify.annotations.NullMarked;
