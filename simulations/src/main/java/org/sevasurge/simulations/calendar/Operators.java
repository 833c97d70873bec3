package org.sevasurge.simulations.calendar;

/**
 * The centre operators, a closed population working one application at a time. Immutable.
 *
 * @param thinkSeconds            mean run-time seconds between two submissions of one desk
 * @param expectedResponseSeconds submission response time assumed when sizing the population
 * @param maxAttempts             attempts per application on 503/507, with the same Idempotency-Key
 * @param maxRetryAfterSeconds    longest Retry-After honoured in a run, seconds
 */
public record Operators(
        double thinkSeconds, double expectedResponseSeconds, int maxAttempts, double maxRetryAfterSeconds) {

    /** @return desks (concurrent operators) needed to offer {@code submissionsPerSecond} */
    public int desksFor(double submissionsPerSecond) {
        if (submissionsPerSecond <= 0) {
            return 0;
        }
        return (int) Math.ceil(submissionsPerSecond * (thinkSeconds + expectedResponseSeconds));
    }
}
