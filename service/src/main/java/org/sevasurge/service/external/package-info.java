/**
 * Clients of the external government services (eKYC, payment, land records; SMS and DigiLocker through the
 * outbox), each with a timeout, a circuit breaker and a bulkhead with explicit settings, and what the service
 * does when one of them fails.
 */
@NullMarked
package org.sevasurge.service.external;

import org.jspecify.annotations.NullMarked;
