package org.sevasurge.cli.capacity;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.capacity.search.CapacityResult;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.sizing.InstanceRow;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.simulations.ledger.LedgerVerdict;

/**
 * The text a search prints and keeps as {@code summary.txt}: one line per step, the USL fit, the sizing, the storage
 * per application, the ledger, and last the capacity line. Stateless.
 */
final class SearchSummary {
    private SearchSummary() {}

    static String render(CapacityResult result, List<LedgerVerdict> ledgers, Path searchDir) {
        StringBuilder out = new StringBuilder();
        String unit = result.finding().unit();
        line(
                out,
                "Seva Surge capacity search %s: %s against %s, %.0f s",
                result.runId(),
                result.finding().label(),
                result.target(),
                result.wallSeconds());
        line(out, "");
        line(
                out,
                "%-12s %4s %10s %10s %7s %8s %9s %9s  %-12s %s",
                "staircase",
                "step",
                "offered",
                "achieved",
                "N",
                "CPU",
                "ms CPU/req",
                "worst p99",
                "verdict",
                "limit");
        for (SearchedStep searched : result.steps()) {
            StepMeasurement s = searched.step();
            RequestStats worst = s.requests().stream()
                    .filter(r -> r.count() > 0)
                    .max(Comparator.comparingDouble(RequestStats::p99Millis))
                    .orElse(null);
            line(
                    out,
                    "%-12s %4d %10s %10s %7.1f %8s %9s %9s  %-12s %s",
                    searched.staircase(),
                    s.index(),
                    StaircaseRun.rate(s.level()),
                    StaircaseRun.rate(s.achievedLevel()),
                    s.concurrency(),
                    Double.isNaN(s.server().cpuCores())
                            ? "-"
                            : String.format(Locale.ROOT, "%.2f", s.server().cpuCores()),
                    Double.isNaN(s.cpuSecondsPerRequest())
                            ? "-"
                            : String.format(Locale.ROOT, "%.2f", s.cpuSecondsPerRequest() * 1000),
                    worst == null ? "-" : String.format(Locale.ROOT, "%.0f ms", worst.p99Millis()),
                    s.verdict().outcome(),
                    s.verdict().limit());
        }
        line(
                out,
                "(rates in %s; N: requests in the service by Little's law; CPU: the service's cores; each step"
                        + " judged on its last %d s)",
                unit,
                result.steps().isEmpty()
                        ? 0
                        : Math.round(result.steps().get(0).step().seconds()));
        line(out, "");
        line(
                out,
                "USL: %s",
                result.usl() == null
                        ? "not fitted: " + result.uslProblem()
                        : result.usl().describe());
        for (Sizing sizing : result.sizing()) {
            StringBuilder rows = new StringBuilder();
            for (InstanceRow row : sizing.rows()) {
                rows.append(String.format(
                        Locale.ROOT,
                        "  %s = %d (%.0f %% busy, P(wait) %.3f)",
                        row.label(),
                        row.instances(),
                        100 * row.utilisation(),
                        row.waitingProbability()));
            }
            line(
                    out,
                    "sizing: %s %.2f %s at %.0f %% target utilisation:%s",
                    sizing.peakName(),
                    sizing.peakPerSecond(),
                    unit,
                    100 * sizing.targetUtilisation(),
                    rows);
        }
        if (result.storage() != null) {
            line(
                    out,
                    "storage: %.0f KB of documents and %.1f KB of database per application (%d acknowledged)",
                    result.storage().documentBytesPerApplication() / 1024,
                    result.storage().databaseBytesPerApplication() / 1024,
                    result.storage().acknowledged());
        }
        for (int i = 0; i < ledgers.size(); i++) {
            line(out, "ledger (staircase-%d): %s", i + 1, ledgers.get(i).describe());
        }
        line(out, "capacity.json: %s", searchDir.resolve(CapacityJson.FILE));
        line(out, "%s", result.finding().line());
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
