package org.sevasurge.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private static final String ENTRY = """
            { "benchmark" : "org.sevasurge.benchmarks.demo.Demo.%s", "mode" : "avgt", "params" : { },
              "primaryMetric" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "us/op",
                                  "rawData" : [ [ %s ] ] },
              "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 1000.0, "scoreUnit" : "B/op" } } }""";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BenchCommand command = new BenchCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void comparingTwoFilesWithoutARegressionPrintsTheTableAndExitsZero() throws IOException {
        Path baseline = results("baseline.json", entry("fsync", 100, 99, 100, 101, 100, 100));
        Path now = results("now.json", entry("fsync", 102, 101, 102, 103, 102, 102));

        int exit = command.run("--compare", baseline.toString(), "--results", now.toString());

        assertThat(exit).as(stderr()).isEqualTo(0);
        assertThat(stdout()).contains("| benchmark ", "| demo.Demo.fsync ", "| OK ", "PASSED against " + baseline);
    }

    @Test
    void aRegressionExitsOneAndSaysWhichBenchmark() throws IOException {
        Path baseline = results("baseline.json", entry("fsync", 100, 99, 100, 101, 100, 100));
        Path now = results("now.json", entry("fsync", 130, 129, 130, 131, 130, 130));

        int exit = command.run("--compare", baseline.toString(), "--results", now.toString(), "--threshold", "15");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("demo.Demo.fsync", "REGRESSION", "+30.0%", "FAILED: 1 regression(s)");
    }

    @Test
    void aHigherThresholdLetsTheSameSlowdownPass() throws IOException {
        Path baseline = results("baseline.json", entry("fsync", 100, 99, 100, 101, 100, 100));
        Path now = results("now.json", entry("fsync", 130, 129, 130, 131, 130, 130));

        assertThat(command.run("--compare", baseline.toString(), "--results", now.toString(), "--threshold", "40%"))
                .isEqualTo(0);
    }

    @Test
    void aNanScoreIsReportedAsNoDataAndDoesNotFail() throws IOException {
        Path baseline = results("baseline.json", entry("fsync", 100, 99, 100, 101));
        Path now = results("now.json", entry("fsync", "\"NaN\"", 99, 100, 101));

        int exit = command.run("--compare", baseline.toString(), "--results", now.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(stdout()).contains("NO DATA", "this run's score is NaN");
    }

    @Test
    void aBaselineThatDoesNotExistExitsTwoNamingIt() throws IOException {
        Path now = results("now.json", entry("fsync", 100, 99, 100, 101));
        Path missing = dir.resolve("no-such-baseline.json");

        int exit = command.run("--compare", missing.toString(), "--results", now.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains(missing + ": no such file");
    }

    @Test
    void aResultsFileThatIsNotJmhJsonExitsTwoNamingItAndTheProblem() throws IOException {
        Path baseline = results("baseline.json", entry("fsync", 100, 99, 100, 101));
        Path now = Files.writeString(dir.resolve("now.json"), "Benchmark  Mode  Cnt  Score\n");

        int exit = command.run("--compare", baseline.toString(), "--results", now.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains(now + " is not valid JSON (line 1");
    }

    @Test
    void badArgumentsExitTwoWithTheReasonAndTheUsage() {
        assertThat(command.run("--threshold", "-5", "--compare", "x.json")).isEqualTo(2);
        assertThat(stderr()).contains("--threshold must be a percentage above 0 (e.g. 15), got '-5'", "Usage: bench");

        assertThat(command.run("--frobnicate")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option '--frobnicate'");

        assertThat(command.run("--results", "now.json")).isEqualTo(2);
        assertThat(stderr()).contains("give the baseline with --compare too");

        assertThat(command.run("--include", "[unclosed")).isEqualTo(2);
        assertThat(stderr()).contains("--include '[unclosed' is not a regular expression");
    }

    @Test
    void anIncludeThatMatchesNoBenchmarkExitsTwoBeforeRunningAnything() {
        int exit = command.run(
                "--quick",
                "--include",
                "NoSuchBenchmark",
                "--output",
                dir.resolve("run").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("no benchmark matches --include NoSuchBenchmark");
        assertThat(dir.resolve("run")).as("nothing was run or written").doesNotExist();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertThat(command.run("--help")).isEqualTo(0);
        assertThat(stdout()).contains("Usage: bench", "--compare", "Exit codes: 0 all passed, 1 a regression");
    }

    private static String entry(String name, Object score, double... samples) {
        StringBuilder raw = new StringBuilder();
        for (double sample : samples) {
            raw.append(raw.length() == 0 ? "" : ", ").append(sample);
        }
        return ENTRY.formatted(name, score, raw);
    }

    private Path results(String name, String... entries) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", entries) + "]");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
