package org.sevasurge.capacity.verdict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunInfo;
import org.sevasurge.capacity.runs.TimeRange;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StatusCounts;
import org.sevasurge.capacity.steps.StepAnalyzer;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.steps.Window;
import org.sevasurge.capacity.steps.WindowMeasurer;

/**
 * Judges a season run once, from its folder: each request's SLO over every response of the run (a closed
 * population's tail after the plan included), the ledger read-back, and the injector per window: every plan step
 * sliced into windows of at most {@value #WINDOW_SECONDS} s, so a short burst that saturates the injector is not
 * averaged away by a long calm step. A window whose injector saturated or fell behind its schedule invalidates the
 * run. Stateless.
 */
public final class RunJudge {
    /** The longest window the injector is judged on, seconds. */
    public static final double WINDOW_SECONDS = 20;

    private static final TimeRange WHOLE_RUN = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    private RunJudge() {}

    /** @return the verdict of the run in {@code run} */
    public static RunVerdict judge(LoadRunFolder run) {
        RunInfo info = run.info();
        List<RunVerdict.Judged> requests = new ArrayList<>();
        Map<String, Map<Integer, Long>> statuses = StatusCounts.sum(run.responses());
        for (String request : run.latencyRequests()) {
            LatencyLogs.OkKo all = run.latency(request, List.of(WHOLE_RUN)).get(0);
            requests.add(new RunVerdict.Judged(
                    RequestStats.of(request, all, statuses.getOrDefault(request, Map.of())),
                    info.slos().get(request)));
        }
        List<StepMeasurement> plan = WindowMeasurer.measure(run, List.of(new Window(-1, 0, 0, info.totalSeconds())));
        List<StepMeasurement> windows = WindowMeasurer.measure(run, StepAnalyzer.slices(info.steps(), WINDOW_SECONDS));
        LedgerResult ledger = LedgerResult.of(run.ledgerCheck());

        List<String> reasons = new ArrayList<>();
        List<String> breached = requests.stream()
                .filter(r -> r.measured() && !r.met())
                .map(r -> r.stats().request())
                .toList();
        if (!breached.isEmpty()) {
            reasons.add("SLO breached (" + String.join(", ", breached) + ")");
        }
        if (ledger == null) {
            reasons.add("ledger not checked");
        } else if (!ledger.intact()) {
            reasons.add("ledger broken (" + ledger.lost() + " lost, " + ledger.changed() + " changed, "
                    + ledger.duplicated() + " duplicated, " + ledger.unreadable() + " unreadable)");
        }
        Set<String> injector = new LinkedHashSet<>();
        for (StepMeasurement window : windows) {
            if (window.verdict().outcome() == Outcome.INCONCLUSIVE) {
                injector.add(String.format(
                        Locale.ROOT,
                        "%s at %.0f-%.0f s",
                        window.verdict().limit(),
                        window.fromSeconds(),
                        window.toSeconds()));
            }
        }
        if (!injector.isEmpty()) {
            reasons.add("injector saturated, the run is invalid ("
                    + injector.iterator().next()
                    + (injector.size() > 1 ? ", and " + (injector.size() - 1) + " more window(s)" : "") + ")");
        }
        return new RunVerdict(
                info,
                requests,
                plan.get(0).journeys(),
                windows,
                ledger,
                FailureSpans.of(run),
                ServiceCpu.of(run.serverMetrics()),
                reasons);
    }
}
