package org.sevasurge.benchmarks.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The two tables the bench command prints and writes: a run's summary and a comparison. Markdown pipe tables with
 * padded columns, so they read in a terminal as well as rendered. Stateless.
 */
public final class Tables {

    private Tables() {}

    /** benchmark | params | mode | score ± error | unit | alloc B/op, one row per result, by benchmark name. */
    public static String summary(List<BenchmarkResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "params", "mode", "score ± error", "unit", "alloc B/op"});
        List<BenchmarkResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(BenchmarkResult::benchmark)); // stable: keeps JMH's order of params
        for (BenchmarkResult r : sorted) {
            String score = r.hasScore() ? Numbers.plain(r.score()) : "no data (" + r.score() + ")";
            if (r.hasScore() && Double.isFinite(r.scoreError())) {
                score += " ± " + Numbers.plain(r.scoreError());
            }
            String name = r.benchmark().replaceFirst("^org\\.sevasurge\\.benchmarks\\.", "");
            rows.add(new String[] {
                name, r.paramsList(), r.mode(), score, r.unit(), r.hasAlloc() ? Numbers.plain(r.allocBytesPerOp()) : "-"
            });
        }
        return render(rows);
    }

    /** benchmark | baseline | now | change | alloc | verdict | why, then a line of counts. */
    public static String comparison(Comparison.Report report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "baseline", "now", "change", "alloc", "verdict", "why"});
        for (Comparison.Row r : report.rows()) {
            rows.add(new String[] {
                r.benchmark(),
                r.baseline(),
                r.now(),
                r.change(),
                r.alloc(),
                r.verdict().label(),
                r.why()
            });
        }
        StringBuilder out = new StringBuilder(render(rows)).append('\n');
        out.append(report.rows().size())
                .append(" compared at a ")
                .append(Numbers.plain(report.thresholdPercent()))
                .append("% threshold: ");
        List<String> counts = new ArrayList<>();
        for (Comparison.Verdict verdict : Comparison.Verdict.values()) {
            long n = report.count(verdict);
            if (n > 0) {
                counts.add(n + " " + verdict.label());
            }
        }
        out.append(String.join(", ", counts)).append('\n');
        return out.toString();
    }

    static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), widths);
            if (i == 0) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rule[c] = "-".repeat(Math.max(3, widths[c]));
                }
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            out.append(' ')
                    .append(cells[c])
                    .append(" ".repeat(widths[c] - cells[c].length()))
                    .append(" |");
        }
        out.append('\n');
    }
}
