/** Health, readiness, Prometheus metrics and the OpenAPI description of the service. */
package org.sevasurge.service.health;
