package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * Judges one resilience scenario's run folder by fixed criteria. Every scenario: nothing acknowledged lost or
 * duplicated, acknowledged submissions sent again with their Idempotency-Key answered with the original application,
 * no fee charged twice (the mocks' payment ledger), no {@code 500}, recovered after the last fault. Then by the
 * kind of fault:
 * <ul>
 * <li>{@code documents-volume}: from two guard intervals after the fill, no submission sent is acknowledged, they
 * get a fast {@code 507} (p99 under 100 ms, in the seconds whose only failures were 507s), status, downloads and
 * verification keep answering (a 503 shed aside), and a submission sent within two guard intervals of the space
 * coming back is acknowledged, without a restart;</li>
 * <li>{@code database-volume}: as the documents volume, with a fast {@code 503} counted as a refusal too (the
 * database itself short of room for a write); a {@code 500} fails it like any other;</li>
 * <li>{@code dependency}: accepted submissions' p99 at most the bound above the p99 before the fault (the
 * dependency's timeout, not its delay), no
 * request left without an answer;</li>
 * <li>{@code service}: the only failures are the outage's (kill to ready, with a slack for the requests in
 * flight);</li>
 * <li>{@code database}: refusals while it is down come by the service's connection wait (p99 under 2.5 s: the
 * pool's 2 s and the answer; nothing hangs);</li>
 * <li>{@code load}: an overload, see {@link OverloadJudge};</li>
 * <li>{@code backlog}: the missed applications on top of normal traffic, see {@link BacklogJudge}: drained before
 * the load ends, no failure but refusals meanwhile; the figures in {@link ScenarioFigures#backlog()}.</li>
 * </ul>
 * Stateless.
 */
public final class ScenarioJudge {
    /**
     * While the database is down a request waits at most the service's 2 s for a pool connection, then gets a 503;
     * half a second more is the answer on a busy machine. Past that, a request hung.
     */
    private static final double DATABASE_REFUSAL_MILLIS = 2_500;

    private static final double BASELINE_SKIP_SECONDS = 5;
    /** What citizens and colleges read: these must keep answering while the volume is full. */
    private static final List<String> READS =
            List.of(FaultSignals.STATUS, "certificate-download", "certificate-verification");
    /** How a submission may be refused when its volume is full: the storage guard's 507 ... */
    private static final List<Integer> DOCUMENTS_VOLUME_REFUSALS = List.of(507);
    /** ... or, for the database's volume, PostgreSQL's own refusal to write turned into a 503 with Retry-After. */
    private static final List<Integer> DATABASE_VOLUME_REFUSALS = List.of(507, 503);

    private ScenarioJudge() {}

    /**
     * @param scenario         the scenario's name
     * @param run              its run folder, with the ledger checked and the faults recorded
     * @param offeredPerSecond the submissions offered per second
     * @return the verdict with its figures and reasons
     */
    public static ScenarioResult judge(String scenario, LoadRunFolder run, double offeredPerSecond, Criteria criteria) {
        List<FaultWindow> faults = FaultWindow.of(run);
        List<String> reasons = new ArrayList<>();
        if (faults.isEmpty()) {
            reasons.add("no fault was recorded (faults.jsonl is empty): the scenario did not happen");
        }
        long loadStart = run.info().loadStartedAtMillis();
        long firstStart =
                faults.stream().mapToLong(FaultWindow::startedAtMillis).min().orElse(loadStart);
        long lastEnd =
                faults.stream().mapToLong(FaultWindow::endedAtMillis).max().orElse(loadStart);
        double baseline = p99(run.latency(
                        FaultSignals.SUBMIT,
                        List.of(new TimeRange(loadStart + (long) (BASELINE_SKIP_SECONDS * 1000), firstStart)))
                .get(0)
                .ok());
        FaultSignals signals = FaultSignals.of(run, baseline);
        List<TimeRange> windows = faults.stream()
                .map(f -> new TimeRange(f.startedAtMillis(), f.endedAtMillis()))
                .toList();

        Map<Integer, Long> shape = new HashMap<>();
        Map<Integer, Long> whole = new HashMap<>();
        for (JsonNode line : run.responses()) {
            long end = LoadRunFolder.timeOf(line, RunLayout.RESPONSES);
            long start = end - line.path("ms").asLong(1_000);
            boolean during = windows.stream().anyMatch(w -> end > w.fromMillis() && start < w.toMillis());
            FaultSignals.statuses(line).forEach((status, count) -> {
                if (status < 200 || status >= 300) {
                    whole.merge(status, count, Long::sum);
                    if (during) {
                        shape.merge(status, count, Long::sum);
                    }
                }
            });
        }
        LatencyLogs.OkKo submitsDuring = sum(run, FaultSignals.SUBMIT, windows);
        Histogram refusals = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        for (String request : run.latencyRequests()) {
            refusals.add(sum(run, request, windows).ko());
        }

        JsonNode ledgerCheck = run.ledgerCheck();
        List<JsonNode> ledger = run.ledger();
        long lost = ledgerCheck == null ? 0 : ledgerCheck.path("lost").asLong();
        JsonNode probe = run.idempotencyProbe();
        long newAnswers = probe == null ? 0 : probe.path("different").asLong();
        long duplicated =
                (ledgerCheck == null ? 0 : ledgerCheck.path("duplicated").asLong()) + newAnswers;
        if (ledgerCheck == null) {
            reasons.add("the ledger was not read back (no ledger-check.json)");
        }
        // The load's real length when the run ended normally, else the plan's.
        JsonNode runJson = run.runJson();
        double loadSeconds = runJson.hasNonNull("endedAtMillis")
                ? Math.max(1, (runJson.get("endedAtMillis").asLong() - loadStart) / 1000.0)
                : Math.max(1, run.info().totalSeconds());
        double recoverSeconds = signals.recover(lastEnd, criteria.cleanSeconds());

        if (lost > 0) {
            reasons.add(lost + " acknowledged application(s) lost");
        }
        if (duplicated > newAnswers) {
            reasons.add((duplicated - newAnswers) + " application(s) acknowledged twice");
        }
        if (newAnswers > 0) {
            reasons.add(newAnswers + " submission(s) sent again with the same Idempotency-Key got a new application"
                    + " number instead of the original answer");
        }
        if (probe != null && probe.path("failed").asLong() > 0) {
            reasons.add(probe.path("failed").asLong() + " of "
                    + probe.path("probed").asLong() + " submissions sent"
                    + " again with the same Idempotency-Key were not answered with the original application");
        }
        if (ledgerCheck != null
                && ledgerCheck.path("changed").asLong()
                                + ledgerCheck.path("unreadable").asLong()
                        > 0) {
            reasons.add("acknowledged applications changed or unreadable: "
                    + ledgerCheck.path("changed").asLong() + " changed, "
                    + ledgerCheck.path("unreadable").asLong() + " unreadable");
        }
        JsonNode payments = run.payments();
        if (payments != null && payments.path("duplicateCaptures").size() > 0) {
            reasons.add(payments.path("duplicateCaptures").size() + " application(s) charged twice by the payment"
                    + " gateway: " + payments.path("duplicateCaptures"));
        }
        if (whole.getOrDefault(500, 0L) > 0) {
            reasons.add(whole.get(500) + " response(s) were 500 (an unhandled error)");
        }
        if (!faults.isEmpty() && Double.isNaN(recoverSeconds)) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "not recovered: no %.0f s without failures and with submissions"
                            + " under %.0f ms after the last fault",
                    criteria.cleanSeconds(),
                    signals.thresholdMillis()));
        }
        BacklogFigures backlog = null;
        for (FaultWindow fault : faults) {
            switch (fault.kind()) {
                case "database-volume" -> diskFull(fault, run, ledger, criteria, DATABASE_VOLUME_REFUSALS, reasons);
                case "documents-volume" -> diskFull(fault, run, ledger, criteria, reasons);
                case "dependency" -> dependency(fault, run, baseline, criteria, reasons);
                case "service" -> crash(fault, signals, criteria, reasons);
                case "database" -> database(fault, run, reasons);
                case "load" ->
                    OverloadJudge.judge(
                            fault,
                            run,
                            loadStart + (long) (BASELINE_SKIP_SECONDS * 1000),
                            baseline,
                            offeredPerSecond,
                            criteria,
                            reasons);
                case "backlog" -> {
                    BacklogFigures figures = BacklogJudge.judge(
                            fault,
                            run,
                            loadStart + (long) (BASELINE_SKIP_SECONDS * 1000),
                            loadStart + (long) (loadSeconds * 1000),
                            offeredPerSecond,
                            reasons);
                    // A scenario replays one backlog; should one have two, the first is the one reported.
                    backlog = backlog == null ? figures : backlog;
                }
                default -> reasons.add("fault kind '" + fault.kind() + "' has no criteria");
            }
        }
        ScenarioFigures figures = new ScenarioFigures(
                offeredPerSecond,
                ledger.size() / loadSeconds,
                signals.detect(firstStart, lastEnd),
                recoverSeconds,
                shape,
                p99(submitsDuring.ok()),
                p99(refusals),
                ledger.size(),
                ledger.stream().filter(e -> e.path("attempt").asInt(1) > 1).count(),
                lost,
                duplicated,
                backlog);
        return new ScenarioResult(
                scenario,
                reasons.isEmpty() ? ScenarioResult.Outcome.PASS : ScenarioResult.Outcome.FAIL,
                reasons,
                figures,
                faults,
                run.dir().toString());
    }

    private static void diskFull(
            FaultWindow fault, LoadRunFolder run, List<JsonNode> ledger, Criteria criteria, List<String> reasons) {
        diskFull(fault, run, ledger, criteria, DOCUMENTS_VOLUME_REFUSALS, reasons);
    }

    /** @param refusals the statuses a submission may be refused with at flood stage */
    private static void diskFull(
            FaultWindow fault,
            LoadRunFolder run,
            List<JsonNode> ledger,
            Criteria criteria,
            List<Integer> refusals,
            List<String> reasons) {
        String codes = refusals.stream().map(String::valueOf).collect(Collectors.joining("/"));
        // The guard reads the volume on a timer: a submission sent from two intervals after the fill on must be
        // refused. One sent before may still be acknowledged later: the guard let it in while there was room.
        long flood = fault.startedAtMillis() + 2 * criteria.guardIntervalMillis();
        TimeRange flooded = new TimeRange(flood, fault.endedAtMillis());
        long acceptedAtFlood = ledger.stream()
                .map(ScenarioJudge::sentAt)
                .filter(flooded::contains)
                .count();
        if (acceptedAtFlood > 0) {
            reasons.add(acceptedAtFlood + " submission(s) sent past the flood watermark were acknowledged (the"
                    + " storage guard did not refuse them)");
        }
        Map<Integer, Long> submitStatuses = statusesWithin(run, FaultSignals.SUBMIT, flooded);
        if (refusals.stream().allMatch(code -> submitStatuses.getOrDefault(code, 0L) == 0)) {
            reasons.add("no " + codes + " at flood stage: submissions were not refused as the volume is full");
        }
        double refusalP99 = p99(refusalsOnly(run, flooded, refusals));
        if (refusalP99 > criteria.fastMillis()) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "%s refusals at flood stage are slow: p99 %.0f ms > %.0f ms",
                    codes,
                    refusalP99,
                    criteria.fastMillis()));
        }
        for (String request : READS) {
            // A 503 is the overload shed, a promise of its own; a read must not fail for the full volume.
            long failed = statusesWithin(run, request, flooded).entrySet().stream()
                    .filter(e -> FaultSignals.failure(e.getKey()) && e.getKey() != 503)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            if (failed > 0) {
                reasons.add(failed + " " + request + " request(s) failed at flood stage (reads must keep answering)");
            }
        }
        long firstAfter = ledger.stream()
                .mapToLong(ScenarioJudge::sentAt)
                .filter(t -> t >= fault.endedAtMillis())
                .min()
                .orElse(Long.MAX_VALUE);
        double resumed = (firstAfter - fault.endedAtMillis()) / 1000.0;
        if (resumed > 2.0 * criteria.guardIntervalMillis() / 1000.0) {
            reasons.add(
                    firstAfter == Long.MAX_VALUE
                            ? "submissions never resumed after the space was freed"
                            : String.format(
                                    Locale.ROOT,
                                    "the first submission acknowledged after the space was freed was"
                                            + " sent %.1f s after it (> two guard intervals, %.1f s)",
                                    resumed,
                                    2.0 * criteria.guardIntervalMillis() / 1000.0));
        }
    }

    /** @return failed submissions' latency in the seconds of {@code range} whose only failures were refusals */
    private static Histogram refusalsOnly(LoadRunFolder run, TimeRange range, List<Integer> refusals) {
        List<TimeRange> pure = new ArrayList<>();
        for (LoadRunFolder.Weighted w : LoadRunFolder.within(run.responses(), range, RunLayout.RESPONSES)) {
            JsonNode submit = w.line().path("status").path(FaultSignals.SUBMIT);
            boolean onlyRefused = refusals.stream().anyMatch(code -> submit.has(String.valueOf(code)));
            for (var status = submit.fieldNames(); status.hasNext(); ) {
                int code = Integer.parseInt(status.next());
                onlyRefused &= refusals.contains(code) || (code >= 200 && code < 300);
            }
            if (onlyRefused) {
                long end = LoadRunFolder.timeOf(w.line(), RunLayout.RESPONSES);
                pure.add(new TimeRange(end - w.line().path("ms").asLong(1_000), end));
            }
        }
        Histogram refused = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        if (!pure.isEmpty()) {
            run.latency(FaultSignals.SUBMIT, pure).forEach(window -> refused.add(window.ko()));
        }
        return refused;
    }

    private static void dependency(
            FaultWindow fault, LoadRunFolder run, double baseline, Criteria criteria, List<String> reasons) {
        TimeRange during = new TimeRange(fault.startedAtMillis(), fault.endedAtMillis());
        double p99 =
                p99(run.latency(FaultSignals.SUBMIT, List.of(during)).get(0).ok());
        // Relative to the same run's p99 before the fault, so a busy machine's queueing is not blamed on the fault.
        if (p99 > baseline + criteria.addedP99Millis()) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "submissions while %s: p99 %.0f ms > %.0f ms before it + %.0f ms"
                            + " (the dependency's delay reached the citizen)",
                    fault.describe(),
                    p99,
                    baseline,
                    criteria.addedP99Millis()));
        }
        long unanswered = 0;
        for (String request : run.latencyRequests()) {
            unanswered += statusesWithin(run, request, during).getOrDefault(0, 0L);
        }
        if (unanswered > 0) {
            reasons.add(unanswered + " request(s) without an answer while " + fault.describe());
        }
    }

    private static void crash(FaultWindow fault, FaultSignals signals, Criteria criteria, List<String> reasons) {
        long outside = signals.failuresOutside(List.of(new TimeRange(
                fault.startedAtMillis() - criteria.slackMillis(), fault.endedAtMillis() + criteria.slackMillis())));
        if (outside > 0) {
            reasons.add(outside + " request(s) failed outside the outage");
        }
    }

    private static void database(FaultWindow fault, LoadRunFolder run, List<String> reasons) {
        Histogram refusals = failures(run, new TimeRange(fault.startedAtMillis(), fault.endedAtMillis()));
        if (p99(refusals) > DATABASE_REFUSAL_MILLIS) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "requests hang while the database is down: failures' p99 %.0f ms" + " > %.0f ms",
                    p99(refusals),
                    DATABASE_REFUSAL_MILLIS));
        }
    }

    private static Map<Integer, Long> statusesWithin(LoadRunFolder run, String request, TimeRange range) {
        Map<Integer, Long> counts = new HashMap<>();
        for (LoadRunFolder.Weighted w : LoadRunFolder.within(run.responses(), range, RunLayout.RESPONSES)) {
            w.line()
                    .path("status")
                    .path(request)
                    .fields()
                    .forEachRemaining(status -> counts.merge(
                            Integer.parseInt(status.getKey()),
                            Math.round(status.getValue().asDouble() * w.weight()),
                            Long::sum));
        }
        return counts;
    }

    private static LatencyLogs.OkKo sum(LoadRunFolder run, String request, List<TimeRange> windows) {
        LatencyLogs.OkKo total = LatencyLogs.OkKo.empty();
        if (run.latencyRequests().contains(request)) {
            run.latency(request, windows).forEach(total::add);
        }
        return total;
    }

    /** @return when the acknowledged attempt was sent (its acknowledgement's time in older ledgers) */
    private static long sentAt(JsonNode entry) {
        return Instant.parse(entry.path(entry.hasNonNull("sentAt") ? "sentAt" : "ackedAt")
                        .asText())
                .toEpochMilli();
    }

    /** @return every request's failures within {@code range}, their latency in microseconds */
    static Histogram failures(LoadRunFolder run, TimeRange range) {
        Histogram failed = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        for (String request : run.latencyRequests()) {
            run.latency(request, List.of(range)).forEach(window -> failed.add(window.ko()));
        }
        return failed;
    }

    /** @return the 99th percentile of {@code micros} in milliseconds, 0 when it is empty */
    static double p99(Histogram micros) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(99) / 1000.0;
    }
}
