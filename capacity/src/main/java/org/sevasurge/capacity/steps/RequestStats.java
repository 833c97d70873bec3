package org.sevasurge.capacity.steps;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.sevasurge.capacity.runs.LatencyLogs;

/**
 * One request's responses within a window: latency of the successful ones in milliseconds, the failures and
 * every response by HTTP status ({@code 0}: no response). Immutable.
 *
 * @param request        the request name
 * @param count          responses, successful and failed
 * @param errors         failed responses
 * @param p50Millis      median of successes, ms (0 without successes)
 * @param p95Millis      95th percentile of successes, ms
 * @param p99Millis      99th percentile of successes, ms
 * @param maxMillis      largest success, ms
 * @param meanMillis     mean of all responses (successes and failures), ms: the R of Little's law
 * @param byStatus       responses per HTTP status (from responses.jsonl; empty if the run did not record it)
 * @param responses      responses apportioned to the window by the overlap of each logged interval (for rates)
 * @param successes      successful responses, apportioned likewise
 */
public record RequestStats(
        String request,
        long count,
        long errors,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        double maxMillis,
        double meanMillis,
        Map<Integer, Long> byStatus,
        double responses,
        double successes) {

    public RequestStats {
        byStatus = Map.copyOf(byStatus);
    }

    /** @return the stats of one window's histograms (microseconds) */
    public static RequestStats of(String request, LatencyLogs.OkKo window, Map<Integer, Long> byStatus) {
        Histogram ok = window.ok();
        Histogram ko = window.ko();
        long count = ok.getTotalCount() + ko.getTotalCount();
        double mean = count == 0
                ? 0
                : (ok.getMean() * ok.getTotalCount() + ko.getMean() * ko.getTotalCount()) / count / 1000.0;
        return new RequestStats(
                request,
                count,
                ko.getTotalCount(),
                millis(ok, 50),
                millis(ok, 95),
                millis(ok, 99),
                ok.getTotalCount() == 0 ? 0 : ok.getMaxValue() / 1000.0,
                mean,
                new TreeMap<>(byStatus),
                window.okWeighted() + window.koWeighted(),
                window.okWeighted());
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** @return failed responses in percent of all (0 without responses) */
    public double errorPercent() {
        return count == 0 ? 0 : 100.0 * errors / count;
    }
}
