package org.sevasurge.benchmarks.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SortedSet;
import org.openjdk.jmh.runner.RunnerException;
import org.sevasurge.benchmarks.results.BadInputException;
import org.sevasurge.benchmarks.results.BenchmarkResult;
import org.sevasurge.benchmarks.results.Comparison;
import org.sevasurge.benchmarks.results.ResultFile;
import org.sevasurge.benchmarks.results.Tables;

/**
 * {@code ./sevasurge bench}: runs the benchmarks and writes {@code results.json} (JMH's JSON) and
 * {@code summary.md}, or compares a run with a baseline ({@code --compare}); see {@link BenchArguments#USAGE}.
 * Exit codes: 0 passed, 1 a regression, 2 bad arguments or input, 3 a benchmark failed to run.
 * Run as {@code java -cp benchmarks/target/benchmarks.jar org.sevasurge.benchmarks.cli.BenchCommand ...}.
 * Not thread-safe: one command at a time per instance (JMH itself runs one benchmark at a time per JVM).
 */
public final class BenchCommand {

    static final int PASSED = 0;
    static final int REGRESSION = 1;
    static final int BAD_INPUT = 2;
    static final int RUN_FAILED = 3;

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(runInConsole(args));
    }

    /** @return the exit status of {@code args} run with the console's streams (the command line's bench) */
    public static int runInConsole(String... args) {
        return new BenchCommand(System.out, System.err).run(args);
    }

    int run(String... args) {
        BenchArguments arguments;
        try {
            arguments = BenchArguments.parse(args);
        } catch (BadInputException e) {
            err.println("bench: " + e.getMessage());
            err.print(BenchArguments.USAGE);
            return BAD_INPUT;
        }
        if (arguments.help()) {
            out.print(BenchArguments.USAGE);
            return PASSED;
        }
        try {
            List<BenchmarkResult> baseline =
                    arguments.baseline() == null ? null : ResultFile.read(arguments.baseline());
            if (arguments.results() != null) {
                return compare(baseline, ResultFile.read(arguments.results()), arguments, null);
            }
            Path folder = arguments.output() != null
                    ? arguments.output()
                    : Path.of(
                            "target",
                            "sevasurge",
                            "bench",
                            ZonedDateTime.now(ZoneOffset.UTC).format(FOLDER));
            List<BenchmarkResult> results = runBenchmarks(arguments, folder);
            return baseline == null ? PASSED : compare(baseline, results, arguments, folder);
        } catch (BadInputException e) {
            err.println("bench: " + e.getMessage());
            return BAD_INPUT;
        } catch (RunnerException e) {
            err.println("bench: a benchmark failed to run: " + e.getMessage());
            return RUN_FAILED;
        } catch (IOException e) {
            err.println("bench: cannot write the results: " + e.getMessage());
            return RUN_FAILED;
        }
    }

    private List<BenchmarkResult> runBenchmarks(BenchArguments arguments, Path folder)
            throws IOException, RunnerException, BadInputException {
        SortedSet<String> selected = BenchRun.matching(arguments.includes());
        if (selected.isEmpty()) {
            throw new BadInputException("no benchmark matches --include "
                    + String.join(" or --include ", arguments.includes()) + "; names look like "
                    + "org.sevasurge.benchmarks.status.StatusJsonBenchmark.serverJson");
        }
        out.println("bench: running " + selected.size() + " benchmark methods" + (arguments.quick() ? " (quick)" : "")
                + "; results go to " + folder.toAbsolutePath());
        Files.createDirectories(folder);
        Path resultsJson = folder.resolve("results.json");
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        BenchRun.run(arguments.quick(), arguments.includes(), resultsJson);
        List<BenchmarkResult> results = ResultFile.read(resultsJson);
        String table = Tables.summary(results);
        Files.writeString(
                folder.resolve("summary.md"),
                RunSummary.markdown(started, arguments.quick(), table),
                StandardCharsets.UTF_8);
        out.println();
        out.print(table);
        out.println();
        out.println("Results: " + resultsJson.toAbsolutePath() + " (JMH JSON) and summary.md beside it.");
        return results;
    }

    private int compare(
            List<BenchmarkResult> baseline, List<BenchmarkResult> now, BenchArguments arguments, Path folder)
            throws IOException {
        Comparison.Report report = Comparison.compare(baseline, now, arguments.thresholdPercent());
        String table = Tables.comparison(report);
        out.println();
        out.print(table);
        if (folder != null) {
            Files.writeString(
                    folder.resolve("comparison.md"),
                    "# Compared with " + arguments.baseline() + "\n\n" + table,
                    StandardCharsets.UTF_8);
        }
        if (report.failed()) {
            out.println("FAILED: " + report.count(Comparison.Verdict.REGRESSION) + " regression(s) against "
                    + arguments.baseline());
            return REGRESSION;
        }
        out.println("PASSED against " + arguments.baseline());
        return PASSED;
    }
}
