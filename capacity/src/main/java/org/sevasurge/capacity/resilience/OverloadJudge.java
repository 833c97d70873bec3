package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * The criteria of an overload (a {@code load} fault: the offered load at a share of the scenario's rate, between a
 * baseline and a recovery at that rate). The promise is "a bounded number in flight, beyond it a fast 503 with
 * Retry-After, never a queue", and what a citizen sees of it:
 * <ul>
 * <li><b>no collapse</b>: submissions acknowledged per second during the overload at least {@value #GOODPUT_SHARE}
 * of those acknowledged per second at the baseline (the capacity, when the scenario's load is 100 %): more load
 * must not make less work get done;</li>
 * <li><b>the excess refused fast</b>: every failure is a {@code 503} or {@code 429} (no request without an answer,
 * no other 5xx), and failed requests' p99 is under {@link Criteria#fastMillis()}; and when fewer submissions were
 * acknowledged than offered, some were refused (else the excess waited);</li>
 * <li><b>the accepted as fast as before</b>: accepted submissions' p99 at most {@value #ACCEPTED_P99_FACTOR} times
 * the baseline's, and at least {@value #MIN_MARGIN_MILLIS} ms above it (at a 20 ms baseline, 1.5 times is 10 ms of
 * a busy machine's scheduling noise);</li>
 * <li><b>bounded queues and memory</b>, from the scrapes of {@code server-metrics.jsonl} that answered: no request
 * waiting for an admission permit, and the heap in use under {@value #HEAP_SHARE} of its limit. A scrape that timed
 * out is not judged: on a 2-core machine shared with other builds (load average 14), a bounded service's
 * {@code /metrics} missed the scraper's 900 ms in 18 of 19 overloaded seconds, as an unbounded queue's did.</li>
 * </ul>
 * That the refusals carry {@code Retry-After} is asserted by the service's own tests: a run folder keeps statuses,
 * not headers. Stateless.
 */
final class OverloadJudge {
    static final double GOODPUT_SHARE = 0.9;
    static final double ACCEPTED_P99_FACTOR = 1.5;
    static final double MIN_MARGIN_MILLIS = 100;
    static final double HEAP_SHARE = 0.9;

    private OverloadJudge() {}

    /**
     * @param fault            the overload as it happened (kind {@code load}, action e.g. {@code 300%})
     * @param baselineStart    where the baseline starts (after the run's first seconds), epoch ms
     * @param baselineP99      accepted submissions' p99 at the baseline, ms
     * @param offeredPerSecond the scenario's rate, submissions per second (the overload offers its share of it)
     * @param reasons          where a broken promise is added, one sentence each
     */
    static void judge(
            FaultWindow fault,
            LoadRunFolder run,
            long baselineStart,
            double baselineP99,
            double offeredPerSecond,
            Criteria criteria,
            List<String> reasons) {
        TimeRange baseline = new TimeRange(baselineStart, fault.startedAtMillis());
        TimeRange overload = new TimeRange(fault.startedAtMillis(), fault.endedAtMillis());
        String what = "while overloaded (" + fault.action() + ")";

        double before = acknowledgedPerSecond(run, baseline);
        double during = acknowledgedPerSecond(run, overload);
        if (during < GOODPUT_SHARE * before) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "goodput collapsed %s: %.2f acknowledged/s < %.0f %% of the baseline's %.2f/s",
                    what,
                    during,
                    GOODPUT_SHARE * 100,
                    before));
        }

        Map<Integer, Long> refused = new TreeMap<>();
        Map<Integer, Long> failed = new TreeMap<>();
        for (LoadRunFolder.Weighted w : LoadRunFolder.within(run.responses(), overload, RunLayout.RESPONSES)) {
            FaultSignals.statuses(w.line()).forEach((status, count) -> {
                long share = Math.round(count * w.weight());
                if (status == 503 || status == 429) {
                    refused.merge(status, share, Long::sum);
                } else if (FaultSignals.failure(status)) {
                    failed.merge(status, share, Long::sum);
                }
            });
        }
        long failures = failed.values().stream().mapToLong(Long::longValue).sum();
        if (failures > 0) {
            reasons.add(failures + " request(s) failed " + what + " otherwise than refused: "
                    + ScenarioResult.shape(failed) + " (the excess must get a fast 503 or 429)");
        }
        double offered = offeredPerSecond * loadShare(fault);
        if (refused.isEmpty() && during < GOODPUT_SHARE * offered) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "no request was refused %s although %.2f/s were offered and %.2f/s acknowledged: the excess"
                            + " waited instead of a fast 503",
                    what,
                    offered,
                    during));
        }
        double refusalP99 = ScenarioJudge.p99(ScenarioJudge.failures(run, overload));
        if (!refused.isEmpty() && failures == 0 && refusalP99 > criteria.fastMillis()) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "refusals %s are slow: p99 %.0f ms > %.0f ms",
                    what,
                    refusalP99,
                    criteria.fastMillis()));
        }

        double acceptedP99 = ScenarioJudge.p99(
                run.latency(FaultSignals.SUBMIT, List.of(overload)).get(0).ok());
        double bound = Math.max(ACCEPTED_P99_FACTOR * baselineP99, baselineP99 + MIN_MARGIN_MILLIS);
        if (acceptedP99 > bound) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "accepted submissions %s: p99 %.0f ms > %.0f ms (%.1f times the baseline's %.0f ms, at least"
                            + " %.0f ms above it)",
                    what,
                    acceptedP99,
                    bound,
                    ACCEPTED_P99_FACTOR,
                    baselineP99,
                    MIN_MARGIN_MILLIS));
        }
        serverBounds(run, overload, what, reasons);
    }

    private static void serverBounds(LoadRunFolder run, TimeRange overload, String what, List<String> reasons) {
        List<LoadRunFolder.Weighted> samples =
                LoadRunFolder.within(run.serverMetrics(), overload, RunLayout.SERVER_METRICS);
        double waiting = 0;
        double heapPeak = 0;
        double heapMax = Double.NaN;
        for (LoadRunFolder.Weighted w : samples) {
            JsonNode sample = w.line();
            if (sample.has("error")) {
                continue;
            }
            waiting = Math.max(waiting, sample.path("waiting").asDouble(0));
            heapPeak = Math.max(heapPeak, sample.path("heapUsedBytes").asDouble(0));
            if (sample.path("heapMaxBytes").isNumber()) {
                heapMax = sample.get("heapMaxBytes").asDouble();
            }
        }
        if (waiting > 0) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "up to %.0f request(s) waited for an admission permit %s: a queue without bound (past the limit"
                            + " they must be refused)",
                    waiting,
                    what));
        }
        if (heapPeak > HEAP_SHARE * heapMax) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "the heap reached %.0f MiB of its %.0f MiB %s (> %.0f %%)",
                    heapPeak / (1 << 20),
                    heapMax / (1 << 20),
                    what,
                    HEAP_SHARE * 100));
        }
    }

    /** @return the multiplier of a load fault, e.g. 3 for {@code 300%} */
    static double loadShare(FaultWindow fault) {
        String action = fault.action();
        return Double.parseDouble(action.substring(0, action.length() - 1)) / 100;
    }

    /** @return acknowledged submissions per second, by the time of their acknowledgement */
    private static double acknowledgedPerSecond(LoadRunFolder run, TimeRange range) {
        long count = run.ledger().stream()
                .map(entry -> Instant.parse(entry.path("ackedAt").asText()).toEpochMilli())
                .filter(range::contains)
                .count();
        return range.seconds() <= 0 ? 0 : count / range.seconds();
    }
}
