package org.sevasurge.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.report.Report;
import org.sevasurge.capacity.report.ReportBuilder;
import org.sevasurge.capacity.report.ReportWriter;

/**
 * The report {@code season} and {@code capacity} write at their end, with the default planner's figures (one
 * instance, the run's own calendar, the volumes the storage guard measured). A report that cannot be written never
 * changes the run's exit status: the run's own verdict stands, and the message says how to write it again.
 * Stateless.
 */
public final class RunReport {
    private RunReport() {}

    /**
     * Writes {@code runDir/report/} and prints its verdict and path.
     *
     * @param calendar the calendar the run used, or null for the shipped one
     */
    public static void write(Path runDir, @Nullable Path calendar, PrintWriter out) {
        try {
            ReportOptions options = new ReportOptions();
            options.calendar = calendar;
            Report report = ReportBuilder.build(
                    List.of(runDir), runDir.resolve(ReportWriter.DIR).resolve("merged-run"), options.inputs());
            Path index = ReportWriter.write(report, runDir.resolve(ReportWriter.DIR));
            out.println("season verdict: " + report.verdict().line());
            out.println("report: " + index.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            out.println("sevasurge: the report could not be written (" + e.getMessage() + "); try ./sevasurge report "
                    + runDir);
        }
        out.flush();
    }
}
