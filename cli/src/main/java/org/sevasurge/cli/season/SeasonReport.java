package org.sevasurge.cli.season;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.verdict.RunResults;
import org.sevasurge.capacity.verdict.RunVerdict;
import org.sevasurge.capacity.verdict.SeasonSummary;
import org.sevasurge.cli.run.GatlingReports;

/** Writes a judged season run's summary.txt and run.json result, and returns the summary. Stateless. */
final class SeasonReport {
    private SeasonReport() {}

    /** @param warmUp the warm-up's line for the summary, or null when the profile was played cold */
    static String write(Path runDir, RunVerdict verdict, int gatlingStatus, @Nullable String warmUp) {
        String summary = SeasonSummary.render(
                verdict, runDir.toString(), GatlingReports.newestReport(runDir.resolve("gatling")));
        if (warmUp != null) {
            summary += warmUp + "\n";
        }
        if (gatlingStatus != 0) {
            summary += "note: the Gatling injector ended with status " + gatlingStatus + " (see "
                    + runDir.resolve("injector.log") + ")\n";
        }
        Map<String, Object> headlines = new LinkedHashMap<>();
        for (RunVerdict.Judged judged : verdict.requests()) {
            if (judged.measured()) {
                headlines.put(
                        judged.stats().request() + " p95 ms",
                        Math.round(judged.stats().p95Millis() * 10) / 10.0);
            }
        }
        if (verdict.ledger() != null) {
            headlines.put("acknowledged", verdict.ledger().acknowledged());
            headlines.put("lost", verdict.ledger().lost());
        }
        if (warmUp != null) {
            headlines.put("warm-up", warmUp);
        }
        double cpuPerApplication = verdict.serviceCpuMillisPerApplication();
        if (Double.isFinite(cpuPerApplication)) {
            headlines.put("service CPU ms per application", Math.round(cpuPerApplication * 10) / 10.0);
        }
        List<String> reasons = new ArrayList<>(verdict.reasons());
        RunResults.write(runDir, verdict.passed() ? "PASS" : "FAIL", reasons, headlines, summary);
        return summary;
    }
}
