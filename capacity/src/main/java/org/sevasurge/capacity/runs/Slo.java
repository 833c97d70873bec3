package org.sevasurge.capacity.runs;

/**
 * A request's service-level objective as a run folder states it. Immutable.
 *
 * @param p95Millis       95th percentile limit, milliseconds
 * @param p99Millis       99th percentile limit, milliseconds
 * @param maxErrorPercent largest share of failed responses, percent
 */
public record Slo(double p95Millis, double p99Millis, double maxErrorPercent) {

    /** @return e.g. {@code 25/50/0.1} */
    public String describe() {
        return trim(p95Millis) + "/" + trim(p99Millis) + "/" + trim(maxErrorPercent);
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
