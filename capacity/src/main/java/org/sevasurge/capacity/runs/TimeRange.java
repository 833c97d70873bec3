package org.sevasurge.capacity.runs;

/**
 * A half-open interval of epoch milliseconds, [fromMillis, toMillis). Immutable.
 *
 * @param fromMillis inclusive start
 * @param toMillis   exclusive end
 */
public record TimeRange(long fromMillis, long toMillis) {

    /** @return whether {@code millis} lies in the range */
    public boolean contains(long millis) {
        return millis >= fromMillis && millis < toMillis;
    }

    /** @return the length in seconds */
    public double seconds() {
        return (toMillis - fromMillis) / 1000.0;
    }
}
