package org.sevasurge.cli.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;

/**
 * The README's quick start, end to end: the smoke profile on an embedded testbed (real PostgreSQL, mocks and service
 * JVMs, a real Gatling run in its own JVM), judged once on Seva Surge's own records. An SLO breach, a broken ledger
 * or a saturated injector fails the build.
 */
@Tag("load")
class SeasonSmokeIT {

    @Test
    void theSmokeProfilePassesWithAnIntactLedgerAndAKeptRunFolder() throws Exception {
        Path runs = Path.of("target", "it-runs", "smoke").toAbsolutePath();

        Cli.Result result = Cli.run("season", "--profile", "smoke", "--runs", runs.toString());

        result.assertExitCode(0);
        assertThat(result.out()).contains("verdict: PASS (SLOs met, ledger intact, injector not saturated)");
        Path run = newest(runs);
        JsonNode runJson = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        assertThat(runJson.get("result").get("verdict").asText()).isEqualTo("PASS");
        assertThat(runJson.get("kind").asText()).isEqualTo("season");
        JsonNode ledger =
                new ObjectMapper().readTree(run.resolve("ledger-check.json").toFile());
        assertThat(ledger.get("intact").asBoolean()).isTrue();
        assertThat(ledger.get("acknowledged").asInt())
                .as("about 3 submissions/s for 60 s")
                .isGreaterThan(150);
        assertThat(run.resolve("latency").resolve("status.hlog")).isNotEmptyFile();
        assertThat(run.resolve("arrivals.jsonl")).isNotEmptyFile();
        assertThat(run.resolve("responses.jsonl")).isNotEmptyFile();
        assertThat(run.resolve("summary.txt")).content().contains("ledger: intact");
        assertThat(run.resolve("summary.txt"))
                .as("what the run cost the service: per application, and per route its handling threads")
                .content()
                .contains("ms per acknowledged application")
                .containsPattern("POST /api/v1/applications +\\d+ +\\d+\\.\\d\\d")
                .containsPattern("GET /api/v1/applications/\\{no\\} +\\d+ +\\d+\\.\\d\\d");
        assertThat(runJson.get("result")
                        .get("headlines")
                        .get("service CPU ms per application")
                        .asDouble())
                .isPositive();
        assertThat(run.resolve("report").resolve("index.html"))
                .as("the run ends with its capacity report")
                .isNotEmptyFile();
        assertThat(result.out()).contains("report: " + run.resolve("report").resolve("index.html"));
    }

    static Path newest(Path runs) throws Exception {
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
    }
}
