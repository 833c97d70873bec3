package org.sevasurge.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.sevasurge.benchmarks.results.BenchmarkResult;
import org.sevasurge.benchmarks.results.ResultFile;

/**
 * Every benchmark runs: the quick run of {@code ./sevasurge bench --quick}, from the shaded jar in its own JVM
 * (JMH forks one more per benchmark), then the comparison of that run with itself.
 */
@Tag("jmh")
class BenchQuickRunIT {

    private static final long TIMEOUT_MINUTES = 5;

    @TempDir
    static Path dir;

    private static Path output;
    private static Path scratch;
    private static int exitCode;
    private static String log;

    @BeforeAll
    static void runEveryBenchmarkQuickly() throws IOException, InterruptedException {
        output = dir.resolve("run");
        scratch = Files.createDirectories(dir.resolve("scratch"));
        RunResult run = runJar("-Dsevasurge.bench.dir=" + scratch, "--quick", "--output", output.toString());
        exitCode = run.exitCode();
        log = run.log();
    }

    @Test
    void theQuickRunSucceedsAndShowsProgressWhileRunning() {
        assertThat(exitCode)
                .as("exit code; the run's output ends:%n%s", tail(log))
                .isZero();
        assertThat(log).as("JMH's progress lines").contains("# Run progress:", "Iteration   1:");
    }

    @Test
    void everyBenchmarkHasAFiniteScoreAndAnAllocationFigureInResultsJson() throws Exception {
        List<BenchmarkResult> results = ResultFile.read(output.resolve("results.json"));

        assertThat(results.stream().map(BenchmarkResult::benchmark).collect(Collectors.toSet()))
                .as("every benchmark of the module ran")
                .containsExactlyInAnyOrderElementsOf(declaredBenchmarks());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.score()).as(r.displayName() + " score").isFinite().isPositive();
            assertThat(r.allocBytesPerOp())
                    .as(r.displayName() + " alloc B/op (-prof gc)")
                    .isFinite();
        });
    }

    @Test
    void theSummaryTableHasARowPerResult() throws Exception {
        String summary = Files.readString(output.resolve("summary.md"), StandardCharsets.UTF_8);
        List<BenchmarkResult> results = ResultFile.read(output.resolve("results.json"));

        assertThat(summary).contains("| benchmark ", "| alloc B/op |", "quick");
        assertThat(summary.lines()
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| benchmark") && !l.startsWith("| ---")))
                .hasSize(results.size());
    }

    @Test
    void benchmarksLeaveNothingBehindInTheirScratchDirectory() throws IOException {
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left)
                    .as("documents, spool and database directories are removed")
                    .isEmpty();
        }
    }

    @Test
    void theRunComparedWithItselfPasses() throws Exception {
        Path results = output.resolve("results.json");
        RunResult compare = runJar(null, "--compare", results.toString(), "--results", results.toString());

        assertThat(compare.exitCode()).as(compare.log()).isZero();
        assertThat(compare.log()).contains("PASSED against").doesNotContain("REGRESSION");
    }

    private record RunResult(int exitCode, String log) {}

    private static RunResult runJar(String systemProperty, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("sevasurge.benchmarks.jar", "target/benchmarks.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (systemProperty != null) {
            command.add(systemProperty);
        }
        command.addAll(List.of("-cp", jar, BenchCommand.class.getName()));
        command.addAll(List.of(args));
        Path logFile = Files.createTempFile(dir, "bench", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(
                    "bench did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + tail(Files.readString(logFile)));
        }
        return new RunResult(process.exitValue(), Files.readString(logFile, StandardCharsets.UTF_8));
    }

    private static Set<String> declaredBenchmarks() {
        return BenchmarkList.defaultList()
                .find(
                        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                        List.of(BenchRun.ALL),
                        List.of())
                .stream()
                .map(BenchmarkListEntry::getUsername)
                .collect(Collectors.toSet());
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
