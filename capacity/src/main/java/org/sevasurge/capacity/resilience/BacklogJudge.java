package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * The criteria and figures of a backlog replay (a {@code backlog} fault: after an outage, the missed applications
 * arrive on top of normal traffic, compressed; from the window's start to its end the injector offers a share of the
 * scenario's rate, e.g. {@code 300%}: normal traffic's 100 % and the other 200 % the backlog). What it measures, all
 * from the run folder:
 * <ul>
 * <li><b>the backlog</b>: submissions arrived in the window ({@code arrivals.jsonl}, {@code arrived.submit} less
 * {@code skipped.submit}, partial seconds by their overlap) beyond the baseline's arrival rate times the window's
 * length;</li>
 * <li><b>outstanding(t)</b>: submissions arrived up to {@code t} less those acknowledged up to {@code t}
 * ({@code ledger.jsonl}'s {@code ackedAt}); at the baseline that is the few in flight, its maximum there the
 * baseline's level;</li>
 * <li><b>the drain</b>: from the window's start to the end of the first recorded second, at or after the window's
 * end, where outstanding is at most the baseline's level plus a tolerance of {@value #MIN_TOLERANCE} applications or
 * {@value #GAVE_UP_SHARE} of the backlog, whichever is more; NaN when the load ended first;</li>
 * <li><b>normal traffic meanwhile</b>: status reads' p95 and accepted submissions' p99 from the window's start to
 * the drain's end, beside the baseline's (reported, not judged).</li>
 * </ul>
 * It fails the scenario when the backlog did not drain before the load ended, when a request failed during the drain
 * otherwise than refused (a {@code 503}, {@code 507} or {@code 429}: operators retry those with the same
 * Idempotency-Key after Retry-After), and when the backlog did not arrive (under {@value #MIN_ARRIVED_SHARE} of the
 * planned excess: the injector could not offer it, and the run tested nothing). Stateless.
 */
final class BacklogJudge {
    /** The journey whose arrivals are applications: one per arrival, however many attempts it takes. */
    static final String SUBMIT_JOURNEY = "submit";

    /**
     * An operator who was refused on every one of their attempts gives up: the application arrived and is never
     * acknowledged, so outstanding does not come back exactly to the baseline's level. A few who gave up are
     * tolerated; more than this share of the backlog is a backlog shed, not drained.
     */
    static final double GAVE_UP_SHARE = 0.05;

    /**
     * The tolerance of a small backlog: an arrival is counted when the operator's journey starts, its acknowledgement
     * a response time later, so one or two applications straddle a second's end in either direction.
     */
    static final double MIN_TOLERANCE = 2;

    /** Below this share of the planned excess the backlog did not arrive. */
    static final double MIN_ARRIVED_SHARE = 0.5;

    /** How a submission may be refused while the backlog drains: the overload shed, a full volume, a rate limit. */
    static final List<Integer> REFUSALS = List.of(429, 503, 507);

    private BacklogJudge() {}

    /**
     * @param fault            the backlog as it happened (kind {@code backlog}, action e.g. {@code 300%})
     * @param baselineStart    where the baseline starts (after the run's first seconds), epoch ms
     * @param loadEnd          where the load ended, epoch ms
     * @param offeredPerSecond the scenario's rate, submissions per second (the window offers its share of it)
     * @param reasons          where a broken promise is added, one sentence each
     * @return the figures
     */
    static BacklogFigures judge(
            FaultWindow fault,
            LoadRunFolder run,
            long baselineStart,
            long loadEnd,
            double offeredPerSecond,
            List<String> reasons) {
        TimeRange baseline = new TimeRange(baselineStart, fault.startedAtMillis());
        TimeRange window = new TimeRange(fault.startedAtMillis(), fault.endedAtMillis());
        Outstanding outstanding = new Outstanding(run);

        double baselineRate = baseline.seconds() <= 0 ? 0 : outstanding.arrived(baseline) / baseline.seconds();
        double backlog = Math.max(0, outstanding.arrived(window) - baselineRate * window.seconds());
        double planned = (OverloadJudge.loadShare(fault) - 1) * offeredPerSecond * window.seconds();
        if (backlog < MIN_ARRIVED_SHARE * planned) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "the backlog did not arrive: %.0f submissions beyond the baseline's rate during the %s window"
                            + " against %.0f planned (the injector could not offer it, the drain was not tested)",
                    backlog,
                    fault.action(),
                    planned));
        }

        // The run's seconds as the recordings count them: the ends of whole seconds from the load's start.
        long loadStart = run.info().loadStartedAtMillis();
        double level = 0;
        for (long t = secondAtOrAfter(loadStart, baselineStart + 1); t <= fault.startedAtMillis(); t += 1000) {
            level = Math.max(level, outstanding.at(t));
        }
        double tolerance = Math.max(MIN_TOLERANCE, GAVE_UP_SHARE * backlog);
        long drainEnd = -1;
        for (long t = secondAtOrAfter(loadStart, fault.endedAtMillis()); t <= loadEnd; t += 1000) {
            if (outstanding.at(t) <= level + tolerance) {
                drainEnd = t;
                break;
            }
        }
        double atEnd = outstanding.at(loadEnd);
        if (drainEnd < 0) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "the backlog of %.0f applications had not drained by the end of the run: %.0f still outstanding"
                            + " (arrived, not acknowledged) %.0f s after the backlog's end, where drained is at most"
                            + " %.0f (the baseline's %.0f plus %.0f for operators who gave up)",
                    backlog,
                    atEnd,
                    (loadEnd - fault.endedAtMillis()) / 1000.0,
                    level + tolerance,
                    level,
                    tolerance));
        }

        TimeRange drain = new TimeRange(fault.startedAtMillis(), drainEnd < 0 ? loadEnd : drainEnd);
        failuresOtherThanRefusals(run, drain, reasons);
        // One pass over each log for both ranges; the baseline is this fault's own (from the run's first seconds to
        // its start), as the drain's comparison needs, whatever other faults the scenario has.
        List<LatencyLogs.OkKo> status = latency(run, FaultSignals.STATUS, baseline, drain);
        List<LatencyLogs.OkKo> submit = latency(run, FaultSignals.SUBMIT, baseline, drain);
        return new BacklogFigures(
                Math.round(backlog),
                drainEnd < 0 ? Double.NaN : (drainEnd - fault.startedAtMillis()) / 1000.0,
                Math.round(atEnd),
                percentile(status.get(0).ok(), 95),
                percentile(status.get(1).ok(), 95),
                percentile(submit.get(0).ok(), 99),
                percentile(submit.get(1).ok(), 99));
    }

    /** @return the end of the first of the run's seconds that ends at or after {@code millis} */
    private static long secondAtOrAfter(long loadStart, long millis) {
        long seconds = Math.max(0, Math.floorDiv(millis - loadStart + 999, 1000));
        return loadStart + seconds * 1000;
    }

    private static void failuresOtherThanRefusals(LoadRunFolder run, TimeRange drain, List<String> reasons) {
        Map<Integer, Long> failed = new TreeMap<>();
        for (LoadRunFolder.Weighted w : LoadRunFolder.within(run.responses(), drain, RunLayout.RESPONSES)) {
            FaultSignals.statuses(w.line()).forEach((status, count) -> {
                if (FaultSignals.failure(status) && !REFUSALS.contains(status)) {
                    failed.merge(status, Math.round(count * w.weight()), Long::sum);
                }
            });
        }
        long failures = failed.values().stream().mapToLong(Long::longValue).sum();
        if (failures > 0) {
            reasons.add(failures + " request(s) failed while the backlog drained otherwise than refused: "
                    + ScenarioResult.shape(failed) + " (the excess must get a 503, 507 or 429 and be retried)");
        }
    }

    private static List<LatencyLogs.OkKo> latency(
            LoadRunFolder run, String request, TimeRange baseline, TimeRange drain) {
        return run.latencyRequests().contains(request)
                ? run.latency(request, List.of(baseline, drain))
                : List.of(LatencyLogs.OkKo.empty(), LatencyLogs.OkKo.empty());
    }

    /** @return the percentile of {@code micros} in milliseconds, NaN when it is empty (nothing to compare) */
    private static double percentile(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /**
     * Applications arrived and acknowledged up to a time, from {@code arrivals.jsonl} and {@code ledger.jsonl}
     * read once. A line of arrivals counts over its second ({@code ms} before its {@code t}), by the share of it that
     * lies before the time, as {@link LoadRunFolder#within} weighs it.
     */
    private static final class Outstanding {
        private final List<long[]> seconds = new ArrayList<>();
        private final List<Double> counts = new ArrayList<>();
        private final long[] acknowledged;

        Outstanding(LoadRunFolder run) {
            for (JsonNode line : run.arrivals()) {
                long end = LoadRunFolder.timeOf(line, RunLayout.ARRIVALS);
                double count = line.path("arrived").path(SUBMIT_JOURNEY).asDouble(0)
                        - line.path("skipped").path(SUBMIT_JOURNEY).asDouble(0);
                if (count > 0) {
                    seconds.add(new long[] {end - line.path("ms").asLong(0), end});
                    counts.add(count);
                }
            }
            acknowledged = run.ledger().stream()
                    .mapToLong(entry ->
                            Instant.parse(entry.path("ackedAt").asText()).toEpochMilli())
                    .sorted()
                    .toArray();
        }

        /** @return applications arrived within {@code range} */
        double arrived(TimeRange range) {
            double arrived = 0;
            for (int i = 0; i < seconds.size(); i++) {
                arrived += counts.get(i) * range.overlap(seconds.get(i)[0], seconds.get(i)[1]);
            }
            return arrived;
        }

        /** @return applications arrived before {@code millis} and not acknowledged before it */
        double at(long millis) {
            int acked = Arrays.binarySearch(acknowledged, millis);
            // Before millis: the insertion point when absent; the first of equal times when present.
            if (acked < 0) {
                acked = -acked - 1;
            } else {
                while (acked > 0 && acknowledged[acked - 1] == millis) {
                    acked--;
                }
            }
            return arrived(new TimeRange(Long.MIN_VALUE / 2, millis)) - acked;
        }
    }
}
