package org.sevasurge.simulations.season;

import org.jspecify.annotations.Nullable;

/**
 * What a centre operator does after one attempt to submit an application: a 201 with an application number is
 * acknowledged (it goes into the ledger, the application ends); a 503 or 507, or no answer at all, is tried again
 * with the same Idempotency-Key after {@code Retry-After} (capped) until the attempts run out; any other answer (a
 * 4xx) ends the application. Pure and immutable.
 *
 * @param maxAttempts         attempts per application (1: no retry)
 * @param maxRetryAfterMillis the longest {@code Retry-After} honoured
 */
record SubmissionRetry(int maxAttempts, long maxRetryAfterMillis) {

    /** The outcome of one attempt. */
    sealed interface Decision permits Acknowledged, Retry, GiveUp {}

    /** The service acknowledged the application. */
    record Acknowledged() implements Decision {}

    /** Try again after {@code afterMillis}. */
    record Retry(long afterMillis) implements Decision {}

    /** Stop: the answer is final or the attempts are spent. */
    record GiveUp(String why) implements Decision {}

    SubmissionRetry {
        if (maxAttempts < 1 || maxRetryAfterMillis < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1 and maxRetryAfterMillis >= 0, got " + maxAttempts
                    + " and " + maxRetryAfterMillis);
        }
    }

    /**
     * @param status           the HTTP status, or null when no answer came
     * @param hasApplicationNo whether the answer carried an application number
     * @param attempt          this attempt's number, from 1
     * @param retryAfter       the {@code Retry-After} header, or null
     * @return what to do next
     */
    Decision after(@Nullable Integer status, boolean hasApplicationNo, int attempt, @Nullable String retryAfter) {
        if (status != null && status == 201 && hasApplicationNo) {
            return new Acknowledged();
        }
        boolean retryable = status == null || status == 503 || status == 507;
        if (!retryable) {
            return new GiveUp("HTTP " + status + " is final");
        }
        if (attempt >= maxAttempts) {
            return new GiveUp(attempt + " attempt(s) spent");
        }
        return new Retry(RetryAfter.millis(retryAfter, maxRetryAfterMillis));
    }
}
