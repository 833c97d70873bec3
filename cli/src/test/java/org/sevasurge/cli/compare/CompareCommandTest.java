package org.sevasurge.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.cli.Cli;

/**
 * {@code compare} on two real smoke runs of one build, recorded one after the other on the shared 2-core machine
 * (test resources {@code smoke-1}, {@code smoke-2}: run.json, the latency logs, responses and arrivals), and on one
 * of them replayed slower (every recorded latency times a factor, so its p95 and p99 rise by as much). The machine
 * was busier during the second run: its status reads were slower in every chunk of the minute, by about 80 %, so
 * this pair shows what a run-to-run spread of the machine does to a gate (the synthetic runs of
 * {@code RunComparisonTest} show the same-build case on a steady machine).
 */
class CompareCommandTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CompareCommandTest.class.getResource(name).toURI());
    }

    /** A copy of {@code run} whose every latency is {@code factor} times the recorded one. */
    private Path slower(Path run, double factor) throws IOException {
        Path copy = dir.resolve(run.getFileName() + "-slower");
        try (Stream<Path> files = Files.walk(run)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(run.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.toString().endsWith(".hlog")) {
                    scale(file, target, factor);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static void scale(Path hlog, Path target, double factor) throws IOException {
        HistogramLogReader reader = new HistogramLogReader(hlog.toFile());
        HistogramLogWriter writer = new HistogramLogWriter(target.toFile());
        writer.outputLogFormatVersion();
        EncodableHistogram next;
        boolean first = true;
        while ((next = reader.nextIntervalHistogram()) != null) {
            Histogram interval = (Histogram) next;
            if (first) {
                writer.setBaseTime(interval.getStartTimeStamp());
                writer.outputBaseTime(interval.getStartTimeStamp());
                first = false;
            }
            Histogram scaled = new Histogram(120_000_000L, 3);
            interval.recordedValues()
                    .forEach(v -> scaled.recordValueWithCount(
                            Math.min(120_000_000L, Math.round(v.getValueIteratedTo() * factor)),
                            v.getCountAddedInThisIterationStep()));
            scaled.setStartTimeStamp(interval.getStartTimeStamp());
            scaled.setEndTimeStamp(interval.getEndTimeStamp());
            scaled.setTag(interval.getTag());
            writer.outputIntervalHistogram(scaled);
        }
        reader.close();
        writer.close();
    }

    @Test
    void aRealRunReplayedFivePercentSlowerPassesTheDefaultTenPercentGate() throws Exception {
        Path base = fixture("smoke-2");

        Cli.Result result =
                Cli.run("compare", base.toString(), slower(base, 1.05).toString());

        assertThat(result.exitCode()).as("%s%s", result.out(), result.err()).isZero();
        assertThat(result.out()).contains("| status | p99 ms |").contains("verdict: no regression beyond noise");
    }

    @Test
    void twoRealRunsOfOneBuildOnABusyMachinePassOnlyAboveItsRunToRunSpread() throws Exception {
        Cli.Result strict = Cli.run(
                "compare", fixture("smoke-1").toString(), fixture("smoke-2").toString());
        Cli.Result wide = Cli.run(
                "compare", fixture("smoke-1").toString(), fixture("smoke-2").toString(), "--threshold", "100");

        assertThat(strict.exitCode())
                .as("every status chunk of the second run was slower: %s", strict.out())
                .isEqualTo(1);
        assertThat(strict.out()).containsPattern("\\| status \\| p99 ms \\| 212 \\| 345 \\| \\+[0-9.]+ % \\|");
        assertThat(wide.exitCode()).as("%s", wide.out()).isZero();
        assertThat(wide.out()).contains("verdict: no regression beyond noise");
    }

    @Test
    void aRealRunReplayedThirtyPercentSlowerIsARegression() throws Exception {
        Path base = fixture("smoke-2");

        Cli.Result result =
                Cli.run("compare", base.toString(), slower(base, 1.3).toString());

        assertThat(result.exitCode()).as("%s%s", result.out(), result.err()).isEqualTo(1);
        assertThat(result.out())
                .containsPattern("\\| status \\| p99 ms \\| [0-9.]+ \\| [0-9.]+ \\| \\+[0-9.]+ % \\|"
                        + " [0-9.e-]+ \\| \\*\\*REGRESSION\\*\\*")
                .contains("verdict: REGRESSION (");
    }

    @Test
    void aFolderThatIsNotARunExitsTwoNamingIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("holiday-photos"));

        Cli.Result result = Cli.run("compare", fixture("smoke-1").toString(), empty.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(empty + ": not a Seva Surge run folder (no run.json)");
    }

    @Test
    void runsOfDifferentPlansExitTwoUnlessForced() throws Exception {
        Path other = slower(fixture("smoke-2"), 1.0);
        Path runJson = other.resolve("run.json");
        Files.writeString(
                runJson, Files.readString(runJson).replace("\"profile\": \"smoke\"", "\"profile\": \"soak\""));

        Cli.Result refused = Cli.run("compare", fixture("smoke-1").toString(), other.toString());
        Cli.Result forced = Cli.run("compare", fixture("smoke-1").toString(), other.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("not the plan of").contains("add --force");
        assertThat(forced.exitCode()).as("compared, not refused").isNotEqualTo(2);
        assertThat(forced.out()).contains("| status | p99 ms |");
    }

    @Test
    void aNegativeThresholdIsBadInput() throws Exception {
        Cli.Result result = Cli.run(
                "compare", fixture("smoke-1").toString(), fixture("smoke-2").toString(), "--threshold", "-5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--threshold -5.0: accepted values: a percentage from 0 to 1000");
    }
}
