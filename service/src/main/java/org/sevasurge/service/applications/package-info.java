/** Applications: durable idempotent submission, status, queues, field reports and decisions. */
@NullMarked
package org.sevasurge.service.applications;

import org.jspecify.annotations.NullMarked;
