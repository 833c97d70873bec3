package org.sevasurge.mocks.payment;

import java.time.Instant;

/**
 * One charge the simulated payment gateway made, as seen at one moment. Amounts are in paise
 * (1 rupee = 100 paise). Immutable.
 *
 * @param chargeId the gateway's id, e.g. {@code ch_0000000001}
 * @param idempotencyKey the {@code Idempotency-Key} that created it; one key never makes two charges
 * @param reference the caller's reference, e.g. the application number
 * @param amountPaise the amount, in paise
 * @param status {@code CAPTURED} or {@code DECLINED}
 * @param createdAt when the first request with the key was processed
 * @param requests how many processed requests carried the key (retries included)
 */
public record Charge(
        String chargeId,
        String idempotencyKey,
        String reference,
        long amountPaise,
        String status,
        Instant createdAt,
        int requests) {

    /** Status of a charge whose money was taken. */
    public static final String CAPTURED = "CAPTURED";
    /** Status of a charge the simulated bank refused (references starting with DECLINE). */
    public static final String DECLINED = "DECLINED";

    /** Whether money was taken. */
    public boolean captured() {
        return CAPTURED.equals(status);
    }
}
