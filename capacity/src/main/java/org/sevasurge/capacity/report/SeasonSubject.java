package org.sevasurge.capacity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.Slo;
import org.sevasurge.capacity.search.StorageFootprints;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepAnalyzer;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.verdict.RunJudge;
import org.sevasurge.capacity.verdict.RunVerdict;

/** A season run (one injector's folder, or several merged) as the report's subject. Stateless. */
final class SeasonSubject {
    private SeasonSubject() {}

    static Subject of(LoadRunFolder run, List<Report.RunRef> refs) {
        RunVerdict verdict = RunJudge.judge(run);
        List<StepRow> steps = new ArrayList<>();
        for (StepMeasurement step : StepAnalyzer.measure(run, 0)) {
            steps.add(StepRows.of(run.info().runId(), step));
        }
        List<Report.RequestRow> requests = new ArrayList<>();
        List<String> breaches = new ArrayList<>();
        for (RunVerdict.Judged judged : verdict.requests()) {
            RequestStats r = judged.stats();
            Slo slo = judged.slo();
            requests.add(new Report.RequestRow(
                    r.request(),
                    r.count(),
                    r.errorPercent(),
                    r.p50Millis(),
                    r.p95Millis(),
                    r.p99Millis(),
                    r.maxMillis(),
                    slo == null ? null : new Report.SloRow(slo.p95Millis(), slo.p99Millis(), slo.maxErrorPercent()),
                    judged.met()));
            if (judged.measured() && !judged.met()) {
                breaches.add(String.format(
                        Locale.ROOT,
                        "%s p95 %.0f ms, p99 %.0f ms, errors %.2f %% against %s",
                        r.request(),
                        r.p95Millis(),
                        r.p99Millis(),
                        r.errorPercent(),
                        slo.describe()));
            }
        }
        String invalid = verdict.windows().stream()
                .filter(w -> w.verdict().outcome() == Outcome.INCONCLUSIVE)
                .map(w -> String.format(
                        Locale.ROOT, "%s at %.0f-%.0f s", w.verdict().limit(), w.fromSeconds(), w.toSeconds()))
                .findFirst()
                .orElse(null);
        return new Subject(
                "season run " + run.info().runId() + " (" + run.info().profile() + ")",
                refs,
                List.of(run),
                new Report.RunResult(verdict.passed() ? "PASS" : "FAIL", verdict.line(), verdict.reasons()),
                null,
                "a season run measures one profile, not the capacity per instance",
                steps,
                requests,
                null,
                verdict.ledger(),
                breaches,
                invalid,
                StorageFootprints.measure(List.of(run)));
    }
}
