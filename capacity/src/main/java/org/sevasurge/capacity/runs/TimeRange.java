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

    /**
     * @return the share of the interval [start, end) (epoch ms) that lies in this range, 0..1; an empty interval
     * counts wholly where it lies
     */
    public double overlap(long start, long end) {
        if (end <= start) {
            return contains(start) ? 1 : 0;
        }
        long overlap = Math.min(end, toMillis) - Math.max(start, fromMillis);
        return overlap <= 0 ? 0 : (double) overlap / (end - start);
    }

    /** @return the length in seconds */
    public double seconds() {
        return (toMillis - fromMillis) / 1000.0;
    }
}
