package org.sevasurge.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;

/**
 * The search finds the capacity of a server whose capacity is known: 8 workers holding each request 50 ms serve
 * 160 requests a second; above that the queue, and so the latency, grows with every second of the step. The
 * service time is long against the machine's scheduling noise (a few ms) and the SLO four times the service time,
 * so a step well below capacity passes on a busy machine too; a step a few percent above capacity may still pass
 * when its hold is too short for the queue to outgrow the SLO, which the 10 % tolerance allows for.
 *
 * <p>Run by {@link org.sevasurge.cli.LightLoadRunsIT}, beside the other light load runs.
 */
@Tag("load")
public abstract class KnownCapacityCheck {
    private static final int WORKERS = 8;
    private static final long SERVICE_MILLIS = 50;
    private static final double CAPACITY = WORKERS * 1000.0 / SERVICE_MILLIS;

    @Test
    public void theSearchFindsAServersKnownCapacityWithinTenPercent() throws Exception {
        Path runs = Path.of("target", "it-runs", "known-capacity").toAbsolutePath();
        try (FixedCapacityServer server = new FixedCapacityServer(WORKERS, SERVICE_MILLIS)) {
            Cli.Result result = Cli.runLine(
                    "capacity --target %s --request %s --slo p95=200ms,p99=400ms,errors=1% --from 40 --step 25"
                            + " --hold 10 --warmup 4 --budget 3 --runs %s",
                    server.url(), "GET /work", runs);

            result.assertExitCode(0);
            JsonNode capacity = new ObjectMapper()
                    .readTree(newestSearch(runs).resolve("capacity.json").toFile());
            assertThat(capacity.get("status").asText()).isEqualTo("FOUND");
            assertThat(capacity.get("capacityPerSecond").asDouble())
                    .as("found: %s", capacity.get("line").asText())
                    .isCloseTo(CAPACITY, withPercentage(10));
            assertThat(capacity.get("unit").asText()).isEqualTo("requests/s");
            String[] lines = result.out().strip().split("\n");
            assertThat(lines[lines.length - 1])
                    .as("the capacity is the last line")
                    .startsWith("capacity: ")
                    .contains("requests/s (GET /work); limit: request");
        }
    }

    static Path newestSearch(Path runs) throws Exception {
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
    }
}
