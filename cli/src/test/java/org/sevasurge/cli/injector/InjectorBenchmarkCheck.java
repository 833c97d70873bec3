package org.sevasurge.cli.injector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.DocumentModel;
import org.sevasurge.simulations.recording.AckLedger;
import org.sevasurge.simulations.recording.LedgerEntry;

/**
 * A short injector benchmark end to end: real Gatling JVMs against the real sink on loopback, recording on and off.
 * It checks that the figures are produced and make sense, not how fast this machine is.
 *
 * <p>Run by {@link org.sevasurge.cli.LightLoadRunsIT}, beside the other light load runs.
 */
@Tag("load")
public abstract class InjectorBenchmarkCheck {
    private static final double RATE = 20;

    @Test
    public void theBenchmarkMeasuresTheInjectorWithAndWithoutRecordingInOneSession() throws Exception {
        Path runs = Path.of("target", "it-runs", "injector").toAbsolutePath();

        Cli.Result result = Cli.runLine("injector --rate %s --seconds 5 --warmup 3 --rounds 1 --runs %s", RATE, runs);

        result.assertExitCode(0);
        assertThat(result.out())
                .contains("injector cores per 100 submissions/s:", "recording overhead:", "submissions/s on one core:");
        Path dir = newest(runs);
        JsonNode figures = new ObjectMapper()
                .readTree(dir.resolve("injector-benchmark.json").toFile());
        assertThat(figures.get("phases")).hasSize(2);
        DocumentModel documents = CalendarLoader.loadDefault().documents();
        double applicationBytes = documents.meanPerApplication() * documents.meanSizeBytes();
        for (JsonNode phase : figures.get("phases")) {
            assertThat(phase.get("achievedPerSecond").asDouble())
                    .as("the sink saw the offered rate")
                    .isBetween(0.95 * RATE, 1.05 * RATE);
            assertThat(phase.get("cpuCores").asDouble())
                    .as("the injector JVM's own CPU, sampled in the window")
                    .isPositive()
                    .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(phase.get("bytesPerSubmission").asDouble())
                    .as("the documents were really sent")
                    .isBetween(0.5 * applicationBytes, 1.5 * applicationBytes);
        }
        assertThat(figures.get("coresPer100SubmissionsRecordingOn").asDouble()).isPositive();
        assertThat(figures.get("coresPer100SubmissionsRecordingOff").asDouble()).isPositive();
        assertThat(figures.get("recordingOverheadPercent").isNumber()).isTrue();

        List<LedgerEntry> recorded =
                AckLedger.read(dir.resolve("round1-recording-on").resolve("ledger.jsonl"));
        assertThat(recorded)
                .as("recording on: every acknowledgement in the ledger, with the injector's hash")
                .hasSizeGreaterThanOrEqualTo((int) (RATE * 5))
                .allSatisfy(entry -> assertThat(entry.payloadSha256()).hasSize(64));
        assertThat(AckLedger.read(dir.resolve("round1-recording-off").resolve("ledger.jsonl")))
                .as("recording off: bare Gatling, no ledger")
                .isEmpty();
    }

    private static Path newest(Path runs) throws Exception {
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(folder -> folder.getFileName().toString().contains("-injector-"))
                    .max(Comparator.comparing(Path::getFileName))
                    .orElseThrow();
        }
    }
}
