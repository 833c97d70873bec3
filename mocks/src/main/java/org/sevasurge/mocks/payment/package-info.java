/**
 * The payment-gateway simulator: fee capture once per idempotency key, status lookup, and a
 * ledger of every charge so tests can prove that nothing was charged twice.
 */
@NullMarked
package org.sevasurge.mocks.payment;

import org.jspecify.annotations.NullMarked;
