package org.sevasurge.simulations.season;

import org.jspecify.annotations.Nullable;

/**
 * How long a client waits before trying again, from a {@code Retry-After} header: whole seconds as the service sends
 * them, the default when the header is absent or an HTTP date, never more than the cap a run allows. Pure.
 */
final class RetryAfter {
    /** Without a usable header, wait one second. */
    static final long DEFAULT_MILLIS = 1000;

    private RetryAfter() {}

    /**
     * @param header       the header's value, or null
     * @param maxMillis    the longest wait a run allows
     * @return milliseconds to wait
     */
    static long millis(@Nullable String header, long maxMillis) {
        long millis = DEFAULT_MILLIS;
        if (header != null) {
            try {
                millis = Math.max(0, Long.parseLong(header.trim())) * 1000;
            } catch (NumberFormatException e) {
                // An HTTP-date Retry-After: keep the default.
            }
        }
        return Math.min(millis, maxMillis);
    }
}
