package org.sevasurge.capacity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.md}: the verdict, the headline figures and the failing reasons in under {@value #MAX_LINES} lines,
 * fit for a CI job's comment or a ticket. Stateless.
 */
public final class ReportMarkdown {
    /** The file name in {@code report/}. */
    public static final String FILE = "report.md";
    /** The most lines it has. */
    public static final int MAX_LINES = 40;

    private static final int MAX_REASONS = 8;

    private ReportMarkdown() {}

    /** @return the Markdown */
    public static String render(Report report) {
        List<String> lines = new ArrayList<>();
        Report.VerdictSection v = report.verdict();
        lines.add("# Seva Surge: " + v.label() + " with " + v.instances()
                + (v.instances() == 1 ? " instance" : " instances"));
        lines.add("");
        lines.add(report.title() + (report.injectors() > 1 ? ", " + report.injectors() + " injectors merged" : "")
                + "; run verdict: " + report.run().verdict());
        lines.add("");
        if (v.reasons().isEmpty()) {
            lines.add("Every rule holds: capacity with N+1 headroom at the busy hour, the results-day burst carried,"
                    + " no volume past its high watermark in the season, the ledger intact.");
        } else {
            lines.add("| sets | reason |");
            lines.add("|---|---|");
            v.reasons().stream()
                    .limit(MAX_REASONS)
                    .forEach(r -> lines.add(
                            "| " + r.sets().replace('_', ' ') + " | `" + r.code() + "` " + cell(r.text()) + " |"));
            if (v.reasons().size() > MAX_REASONS) {
                lines.add("| | and " + (v.reasons().size() - MAX_REASONS) + " more in report.json |");
            }
        }
        lines.add("");
        lines.add("## Headline figures");
        lines.add("");
        CapacitySection c = report.capacity();
        if (c != null) {
            lines.add("- capacity per instance: "
                    + (c.perInstance() == null ? "not established" : fmt(c.perInstance()) + " " + c.unit()) + " ("
                    + c.status()
                    + (c.limitReason() == null
                            ? ""
                            : "; limit at " + fmt(c.limitAtPerSecond()) + "/s: " + cell(c.limitReason()))
                    + ")");
            for (CapacitySection.SizingTable t : c.sizing()) {
                lines.add(String.format(
                        Locale.ROOT,
                        "- %s %s/s: N = %d, N+1 = %d, N+2 = %d at %.0f %% planned" + " utilisation",
                        t.peak(),
                        fmt(t.peakPerSecond()),
                        t.rows().get(0).instances(),
                        t.rows().get(1).instances(),
                        t.rows().get(2).instances(),
                        100 * c.targetUtilisation()));
            }
        }
        report.requests().stream()
                .filter(r -> !r.met())
                .limit(5)
                .forEach(r -> lines.add(String.format(
                        Locale.ROOT,
                        "- %s breached its SLO: p95 %s ms, p99 %s ms, errors %.2f %%",
                        r.request(),
                        fmt(r.p95Millis()),
                        fmt(r.p99Millis()),
                        r.errorPercent())));
        StorageSection s = report.storage();
        if (s.documentBytesPerApplication() != null) {
            lines.add(String.format(
                    Locale.ROOT,
                    "- storage per application: %.0f KB of documents, %.1f KB of database",
                    s.documentBytesPerApplication() / 1024,
                    nz(s.databaseBytesPerApplication()) / 1024));
        }
        s.volumes().forEach(vol -> lines.add("- runway: " + vol.sentence()));
        if (s.problem() != null) {
            lines.add("- runway: not computed: " + s.problem());
        }
        List<String> top = report.demand().classes().stream()
                .filter(DemandSection.DemandRow::identifiable)
                .limit(3)
                .map(d -> String.format(Locale.ROOT, "%s %s ms", d.request(), fmt(d.cpuMillis())))
                .toList();
        lines.add("- CPU per request: "
                + (top.isEmpty()
                        ? "no class identifiable ("
                                + cell(String.valueOf(
                                        report.demand().problem() == null
                                                ? "see report.json"
                                                : report.demand().problem()))
                                + ")"
                        : String.join(", ", top)));
        lines.add("- ack ledger: "
                + (report.ledger() == null ? "not checked" : report.ledger().line()));
        if (report.resilience() != null) {
            lines.add("- resilience: " + report.resilience().verdict() + ", "
                    + report.resilience().scenarios().size() + " scenarios");
            // The failures first few only: the summary stays under 40 lines.
            report.resilience().scenarios().stream()
                    .filter(row -> !"PASS".equals(row.verdict()))
                    .limit(5)
                    .forEach(row -> lines.add("  - " + cell(row.line())));
        }
        lines.add("");
        lines.add("Full report: `index.html` (opens offline), every figure in `report.json`.");
        return String.join("\n", lines) + "\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static double nz(Double value) {
        return value == null ? 0 : value;
    }

    static String fmt(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "-";
        }
        double a = Math.abs(value);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", value);
    }
}
