package org.sevasurge.simulations.report;

import org.HdrHistogram.Histogram;
import org.sevasurge.simulations.calendar.Slo;

/**
 * One request's measured latency (from Seva Surge's histograms, successful responses) and error share against
 * its SLO. Latencies in milliseconds. Immutable.
 *
 * @param request    request name
 * @param count      responses, successful and failed
 * @param errors     failed responses
 * @param p50Millis  median, ms
 * @param p95Millis  95th percentile, ms
 * @param p99Millis  99th percentile, ms
 * @param maxMillis  maximum, ms
 * @param slo        the objective
 */
public record SloVerdict(String request, long count, long errors, double p50Millis, double p95Millis,
                         double p99Millis, double maxMillis, Slo slo) {

    /** @return the verdict for histograms of successful and failed responses in microseconds */
    public static SloVerdict of(String request, Histogram successesMicros, Histogram failuresMicros, Slo slo) {
        long ok = successesMicros.getTotalCount();
        return new SloVerdict(request, ok + failuresMicros.getTotalCount(), failuresMicros.getTotalCount(),
                millis(successesMicros, 50), millis(successesMicros, 95), millis(successesMicros, 99),
                ok == 0 ? 0 : successesMicros.getMaxValue() / 1000.0, slo);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** @return failed responses in percent of all responses (0 without responses) */
    public double errorPercent() {
        return count == 0 ? 0 : 100.0 * errors / count;
    }

    /** @return whether the request had responses at all (a request without any has no verdict) */
    public boolean measured() {
        return count > 0;
    }

    /** @return whether p95, p99 and the error share are within the SLO */
    public boolean met() {
        return p95Millis <= slo.p95Millis() && p99Millis <= slo.p99Millis() && errorPercent() <= slo.maxErrorPercent();
    }
}
