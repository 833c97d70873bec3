package org.sevasurge.capacity.resilience;

import java.util.Locale;

/**
 * What a {@code backlog} fault's run measured: the missed applications that arrived on top of normal traffic, how
 * long they took to drain, and what normal traffic's latency was meanwhile. Times in seconds, latencies in
 * milliseconds, NaN where there was nothing to measure (never drained, no status read recorded). The latencies are
 * reported beside the baseline's, not judged: a backlog may slow normal traffic; how much is the figure the operators
 * plan with. Immutable.
 *
 * @param applications          submissions arrived during the fault window beyond what the baseline's rate would
 *                              have brought in as long (the missed week's applications), rounded
 * @param drainSeconds          from the window's start to the end of the first second, at or after the window's
 *                              end, by which the applications outstanding (arrived, not acknowledged) were back to
 *                              the baseline's level; NaN when that never happened before the load ended
 * @param outstandingAtEnd      applications arrived and not acknowledged at the end of the load, rounded
 * @param statusP95BeforeMillis status reads' p95 at the baseline (successful reads)
 * @param statusP95DrainMillis  status reads' p95 from the window's start to the drain's end (or the load's end)
 * @param submitP99BeforeMillis accepted submissions' p99 at the baseline
 * @param submitP99DrainMillis  accepted submissions' p99 from the window's start to the drain's end (or the load's
 *                              end)
 */
public record BacklogFigures(
        long applications,
        double drainSeconds,
        long outstandingAtEnd,
        double statusP95BeforeMillis,
        double statusP95DrainMillis,
        double submitP99BeforeMillis,
        double submitP99DrainMillis) {

    /** @return whether the backlog drained before the load ended */
    public boolean drained() {
        return !Double.isNaN(drainSeconds);
    }

    /**
     * @return e.g. {@code backlog 80 applications drained in 14.0 s; status p95 40 ms (12 ms before), submissions p99
     * 900 ms (300 ms before)}
     */
    public String line() {
        String drain = drained()
                ? String.format(Locale.ROOT, "drained in %.1f s", drainSeconds)
                : "not drained (" + outstandingAtEnd + " outstanding at the end)";
        return String.format(
                Locale.ROOT,
                "backlog %d applications %s; status p95 %s (%s before), submissions p99 %s (%s before)",
                applications,
                drain,
                millis(statusP95DrainMillis),
                millis(statusP95BeforeMillis),
                millis(submitP99DrainMillis),
                millis(submitP99BeforeMillis));
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f ms", value);
    }
}
