/** Applications: durable idempotent submission, status, queues, field reports and decisions. */
package org.sevasurge.service.applications;
