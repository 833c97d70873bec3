package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sevasurge.cli.Cli;

/**
 * The short versions of disk-full, payment-slow and service-crash (36 s of load each, the fault from second 12),
 * run through the command line on the embedded testbed, pass with the figures their promises claim: a full volume
 * refuses submissions with a fast 507 and takes them again without a restart; a slow payment gateway does not reach
 * the citizen; a killed service loses nothing and answers a retried submission with its original application.
 */
@Tag("load")
@Tag("crash")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ResilienceScenariosIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path shortScenarios() throws URISyntaxException {
        return Path.of(
                ResilienceScenariosIT.class.getResource("short-scenarios.yaml").toURI());
    }

    @Test
    void diskFullPaymentSlowAndServiceCrashPassWithNothingLost() throws Exception {
        Path runs = Path.of("target", "it-runs", "resilience-" + System.currentTimeMillis())
                .toAbsolutePath();

        Cli.Result result = Cli.run(
                "resilience",
                "--scenarios",
                shortScenarios().toString(),
                "--scenario",
                "disk-full,payment-slow,service-crash",
                "--rate",
                "2",
                "--runs",
                runs.toString());

        assertThat(result.exitCode())
                .as("exit status; output:%n%s%nerr:%n%s", result.out(), result.err())
                .isZero();
        Map<String, JsonNode> scenarios = scorecard(runs);
        assertThat(scenarios).containsOnlyKeys("disk-full", "payment-slow", "service-crash");
        for (JsonNode scenario : scenarios.values()) {
            assertThat(scenario.get("verdict").asText()).as("%s", scenario).isEqualTo("PASS");
            assertThat(scenario.get("lost").asLong()).isZero();
            assertThat(scenario.get("duplicated").asLong()).isZero();
            assertThat(scenario.get("acknowledged").asLong())
                    .as("applications acknowledged in %s", scenario)
                    .isGreaterThan(20);
            assertThat(scenario.get("faults"))
                    .as("the fault's start and end recorded")
                    .hasSize(1);
            assertThat(scenario.get("recoverSeconds").isNumber())
                    .as("recovered: %s", scenario)
                    .isTrue();
            assertThat(result.out())
                    .containsPattern(scenario.get("scenario").asText() + " +PASS +detect .* lost 0 +duplicated 0");
        }

        JsonNode diskFull = scenarios.get("disk-full");
        assertThat(diskFull.at("/errorShape/507").asLong())
                .as("submissions refused at flood")
                .isPositive();
        assertThat(diskFull.get("refusalP99Millis").asDouble())
                .as("refused fast")
                .isLessThan(100);
        assertThat(diskFull.get("recoverSeconds").asDouble())
                .as("resumed within two guard intervals")
                .isLessThanOrEqualTo(2.0);
        JsonNode fault = diskFull.get("faults").get(0);
        assertThat(fault.get("target").asText()).isEqualTo("documents-volume");
        assertThat(fault.get("endedAtMillis").asLong()
                        - fault.get("startedAtMillis").asLong())
                .as("the volume stayed full about as long as planned (12 s)")
                .isBetween(9_000L, 15_000L);

        JsonNode crash = scenarios.get("service-crash");
        assertThat(crash.at("/errorShape/0").asLong())
                .as("requests without an answer while it was down")
                .isPositive();
        JsonNode probe = JSON.readTree(
                Path.of(crash.get("runDir").asText(), "idempotency-probe.json").toFile());
        assertThat(probe.get("probed").asInt())
                .as("submissions sent again with their key")
                .isPositive();
        assertThat(probe.get("original").asInt())
                .as("each answered with its original application: %s", probe)
                .isEqualTo(probe.get("probed").asInt());

        JsonNode slow = scenarios.get("payment-slow");
        assertThat(slow.at("/errorShape").has("0"))
                .as("no request left without an answer: %s", slow)
                .isFalse();
    }

    static Map<String, JsonNode> scorecard(Path runs) throws Exception {
        Path set;
        try (Stream<Path> folders = Files.list(runs)) {
            set = folders.filter(p -> p.getFileName().toString().contains("resilience"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(set.resolve("resilience.md")).exists();
        JsonNode card = JSON.readTree(set.resolve("resilience.json").toFile());
        assertThat(card.get("schema").asText()).isEqualTo("sevasurge-resilience");
        Map<String, JsonNode> byName = new HashMap<>();
        card.get("scenarios").forEach(s -> byName.put(s.get("scenario").asText(), s));
        return byName;
    }
}
