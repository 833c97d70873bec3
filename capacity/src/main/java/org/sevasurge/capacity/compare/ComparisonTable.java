package org.sevasurge.capacity.compare;

import java.util.Locale;

/** The Markdown a comparison prints (and a CI job can post). Stateless. */
public final class ComparisonTable {
    private ComparisonTable() {}

    /** @return the table, a verdict line last */
    public static String render(RunComparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("## Seva Surge comparison\n\n");
        out.append("base: `")
                .append(comparison.base().dir().getFileName())
                .append("`, new: `")
                .append(comparison.next().dir().getFileName())
                .append("`, threshold ")
                .append(number(comparison.thresholdPercent()))
                .append(" %, significance p < ")
                .append(ChangeTests.ALPHA)
                .append("\n\n");
        out.append("| subject | metric | base | new | change | p | decision | evidence |\n");
        out.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (MetricChange row : comparison.rows()) {
            out.append("| ")
                    .append(row.subject())
                    .append(" | ")
                    .append(row.metric())
                    .append(" | ")
                    .append(number(row.base()))
                    .append(" | ")
                    .append(number(row.next()))
                    .append(" | ")
                    .append(
                            Double.isNaN(row.changePercent())
                                    ? "-"
                                    : String.format(
                                            Locale.ROOT,
                                            "%+.1f %s",
                                            row.changePercent(),
                                            row.metric().startsWith("errors") ? "pp" : "%"))
                    .append(" | ")
                    .append(Double.isNaN(row.pValue()) ? "-" : String.format(Locale.ROOT, "%.2g", row.pValue()))
                    .append(" | ")
                    .append(
                            row.change() == Change.REGRESSION
                                    ? "**REGRESSION**"
                                    : row.change().name())
                    .append(" | ")
                    .append(row.evidence())
                    .append(" |\n");
        }
        out.append('\n');
        if (comparison.regressed()) {
            out.append("verdict: REGRESSION (");
            out.append(String.join(
                            ", ",
                            comparison.regressions().stream()
                                    .map(r -> r.subject() + " " + r.metric())
                                    .toList()))
                    .append(")\n");
        } else {
            out.append("verdict: no regression beyond noise\n");
        }
        return out.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
