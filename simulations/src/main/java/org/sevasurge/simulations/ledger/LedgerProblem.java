package org.sevasurge.simulations.ledger;

/**
 * One thing wrong with an acknowledged application. Immutable.
 *
 * @param kind           what is wrong
 * @param applicationNo  the application number concerned
 * @param idempotencyKey the key concerned (one of them, for a duplicate)
 * @param detail         what was expected and what was found
 */
public record LedgerProblem(Kind kind, String applicationNo, String idempotencyKey, String detail) {

    /** The kinds of problem; each has its own count in the verdict. */
    public enum Kind {
        /** Acknowledged with 201 but the service answers 404. */
        LOST,
        /** The service's payloadSha256 differs from the hash of what was sent. */
        CHANGED,
        /** One application number under two keys, or one key acknowledged with two numbers. */
        DUPLICATED,
        /** The service did not answer 200 or 404 after retries, so nothing can be vouched for. */
        UNREADABLE
    }
}
