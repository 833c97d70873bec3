package org.sevasurge.cli.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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

    @Test
    void aWarmUpIsPlayedFirstInItsOwnFolderWithItsLedgerCheckedAndIsNotJudged() throws Exception {
        Path runs = Path.of("target", "it-runs", "smoke-warm-up").toAbsolutePath();

        Cli.Result result = Cli.run(
                "season", "--profile", "smoke", "--compression", "4", "--warm-up", "6", "--runs", runs.toString());

        result.assertExitCode(0);
        Path run = newest(runs);
        String suffix = run.getFileName()
                .toString()
                .substring(run.getFileName().toString().lastIndexOf('-') + 1);
        Path warmUp = run.resolve("warm-up-" + suffix);
        JsonNode warmUpLedger =
                new ObjectMapper().readTree(warmUp.resolve("ledger-check.json").toFile());
        assertThat(warmUpLedger.get("intact").asBoolean()).isTrue();
        assertThat(warmUpLedger.get("acknowledged").asInt())
                .as("6 s at 0.75, 1.5 and 2.25 submissions/s")
                .isBetween(5, 15);
        assertThat(warmUp.resolve("latency").resolve("submit.hlog")).isNotEmptyFile();
        assertThat(applicationNumbers(run))
                .as("the profile's ledger holds its own applications, the warm-up's holds the warm-up's")
                .isNotEmpty()
                .doesNotContainAnyElementsOf(applicationNumbers(warmUp));
        String line = "warm-up (not judged): 6 s of the season mix at 0.8, 1.5, 2.3 submissions/s; its ledger: intact: "
                + warmUpLedger.get("acknowledged").asInt() + " acknowledged";
        assertThat(result.out()).contains(line);
        assertThat(run.resolve("summary.txt")).content().contains(line);
        JsonNode runJson = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        assertThat(runJson.get("result").get("headlines").get("warm-up").asText())
                .startsWith("warm-up (not judged)");
    }

    private static Set<String> applicationNumbers(Path runFolder) throws Exception {
        Set<String> numbers = new HashSet<>();
        for (String line : Files.readAllLines(runFolder.resolve("ledger.jsonl"))) {
            numbers.add(new ObjectMapper().readTree(line).get("applicationNo").asText());
        }
        return numbers;
    }

    static Path newest(Path runs) throws Exception {
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
    }
}
