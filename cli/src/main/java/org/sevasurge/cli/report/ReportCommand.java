package org.sevasurge.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sevasurge.capacity.report.Report;
import org.sevasurge.capacity.report.ReportBuilder;
import org.sevasurge.capacity.report.ReportInputs;
import org.sevasurge.capacity.report.ReportMarkdown;
import org.sevasurge.capacity.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge report RUN_DIR...}: writes {@code report/} (index.html, report.md, report.json) into the first
 * run folder, or {@code --out DIR}, prints report.md and the path of index.html. Exit 0 once written (the verdict is
 * in report.json's {@code verdict.readiness} and report.md's first line), 2 for bad input.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the capacity report of a run: the season verdict (READY, AT RISK, NOT READY) with its"
                + " reasons, capacity and sizing, latency against load, the USL, where the time goes, the storage"
                + " runway, resources, the ledger.",
        footer = {
            "",
            "RUN_DIR: a season run, or a capacity search (further searches, e.g. --journey submit and"
                    + " --journey status, add to the service-demand regression), or several injectors' folders of one"
                    + " plan (merged exactly: histogram logs, counts, ledgers).",
            "",
            "Exit status: 0 the report was written (its verdict is in report.json), 2 bad input."
        })
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run folders: the report's subject first")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the report (default: RUN_DIR/report)")
    Path out;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() {
        ReportInputs inputs = options.inputs();
        Path dir = out != null ? out : runs.get(0).resolve(ReportWriter.DIR);
        Report report = ReportBuilder.build(runs, dir.resolve("merged-run"), inputs);
        Path index = ReportWriter.write(report, dir);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ReportMarkdown.render(report));
        stdout.println();
        stdout.println("report: " + index.toAbsolutePath().normalize());
        stdout.flush();
        return 0;
    }
}
