package org.sevasurge.cli.compare;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sevasurge.capacity.compare.ComparisonTable;
import org.sevasurge.capacity.compare.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge compare BASE_RUN NEW_RUN [--threshold PERCENT] [--force]}: prints a Markdown table of the
 * capacity and each request's p95, p99 and error share, each decided beyond noise. Exit 1 on a regression, 0
 * otherwise, 2 for bad input (a folder that is not a run, runs of different plans without --force).
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two runs of one plan: capacity, and each request's p95, p99 and error share. Latency"
                + " is decided on the recorded histograms (percentiles of chunks across each run, paired by their"
                + " place in the plan, Wilcoxon signed-rank test), errors with a two-proportion test; a change counts when it is beyond noise (p < 0.01)"
                + " and larger than the threshold.",
        footer = {"", "Exit status: 0 no regression, 1 a regression, 2 bad input."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "BASE_RUN",
            description = "the base run folder (season run or capacity search)")
    Path base;

    @Parameters(index = "1", paramLabel = "NEW_RUN", description = "the new run folder, of the same plan")
    Path next;

    @Option(
            names = "--threshold",
            paramLabel = "PERCENT",
            defaultValue = "10",
            description = "smallest change that counts, percent (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--force", description = "compare runs of different plans anyway")
    boolean force;

    @Override
    public Integer call() {
        if (!(threshold >= 0 && threshold <= 1000)) {
            throw new ParameterException(
                    spec.commandLine(), "--threshold " + threshold + ": accepted values: a percentage from 0 to 1000");
        }
        RunComparison comparison = RunComparison.of(base, next, threshold, force);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ComparisonTable.render(comparison));
        out.flush();
        return comparison.regressed() ? 1 : 0;
    }
}
