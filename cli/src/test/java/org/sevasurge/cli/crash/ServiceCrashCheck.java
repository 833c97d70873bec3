package org.sevasurge.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;
import org.sevasurge.testbed.embedded.EmbeddedTestbed;

/**
 * A season run whose service is killed mid-run ({@code kill -9} of the service JVM) and started again on the same
 * port finishes, and is judged for what it claims: every application acknowledged before and after the crash reads
 * back (lost = 0), and the only failed requests are those of the outage, each counted with its status. The run's
 * verdict is FAIL, for the outage's error share, never for the ledger.
 *
 * <p>Run by {@link org.sevasurge.cli.LightLoadRunsIT}, beside the other light load runs.
 */
@Tag("load")
@Tag("crash")
public abstract class ServiceCrashCheck {
    /** Around the outage: a request sent just before the kill may fail up to its response; one interval of slack. */
    private static final long SLACK_MILLIS = 1_500;

    @Test
    public void aServiceKilledAndRestartedMidRunLosesNothingAndFailsOnlyTheOutagesRequests() throws Exception {
        Path runs = Path.of("target", "it-runs", "service-crash-" + System.currentTimeMillis())
                .toAbsolutePath();
        try (EmbeddedTestbed testbed =
                EmbeddedTestbed.start(Path.of("target", "it-testbeds", "crash-" + System.currentTimeMillis()), false)) {
            CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.runLine(
                    "season --target %s --profile smoke --compression 2 --runs %s", testbed.baseUrl(), runs));
            Path runDir = awaitLoad(runs, run);
            Thread.sleep(6_000);
            long killedAt = System.currentTimeMillis();
            testbed.crashService();
            Thread.sleep(2_000);
            testbed.relaunchService();
            long backAt = System.currentTimeMillis();

            Cli.Result result = run.get(4, TimeUnit.MINUTES);

            JsonNode ledger = new ObjectMapper()
                    .readTree(runDir.resolve("ledger-check.json").toFile());
            assertThat(ledger.get("lost").asInt())
                    .as("nothing acknowledged is lost; output:%n%s", result.out())
                    .isZero();
            assertThat(ledger.get("intact").asBoolean())
                    .as("the ledger is intact: %s", ledger)
                    .isTrue();
            assertThat(ledger.get("acknowledged").asInt())
                    .as("applications were acknowledged on both sides")
                    .isGreaterThan(40);
            assertThat(failuresOutside(runDir, killedAt - SLACK_MILLIS, backAt + SLACK_MILLIS))
                    .as("failed requests outside the outage (%d-%d)", killedAt, backAt)
                    .isZero();
            assertThat(failuresOutside(runDir, 0, 0))
                    .as("the outage's requests failed and were counted")
                    .isPositive();
            assertThat(result.exitCode())
                    .as("the outage breaches the error SLOs")
                    .isEqualTo(1);
            assertThat(result.out()).contains("verdict: FAIL: SLO breached").doesNotContain("ledger broken");
        }
    }

    /**
     * @return requests the crash can explain, no response or a server error other than 503 (a 503 with Retry-After is
     * the service shedding load, which a busy machine shows at any time), recorded in seconds that lie wholly outside
     * [fromMillis, toMillis] (an empty range: all of them)
     */
    private static long failuresOutside(Path runDir, long fromMillis, long toMillis) throws Exception {
        long failures = 0;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(runDir.resolve("responses.jsonl"))) {
            JsonNode node = json.readTree(line);
            long end = node.get("t").asLong();
            long start = end - node.get("ms").asLong();
            if (toMillis > fromMillis && end >= fromMillis && start <= toMillis) {
                continue;
            }
            for (JsonNode byStatus : node.get("status")) {
                var statuses = byStatus.fields();
                while (statuses.hasNext()) {
                    var status = statuses.next();
                    int code = Integer.parseInt(status.getKey());
                    if (code == 0 || (code >= 500 && code != 503)) {
                        failures += status.getValue().asLong();
                    }
                }
            }
        }
        return failures;
    }

    /** Waits until a run has recorded its first latency interval, i.e. load is flowing; returns its folder. */
    private static Path awaitLoad(Path runs, CompletableFuture<Cli.Result> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && !run.isDone()) {
            if (Files.isDirectory(runs)) {
                try (Stream<Path> logs = Files.walk(runs)) {
                    Path log = logs.filter(p -> p.toString().endsWith("status.hlog")
                                    && p.toFile().length() > 2_000)
                            .findFirst()
                            .orElse(null);
                    if (log != null) {
                        return log.getParent().getParent();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not start its load within a minute (done: " + run.isDone() + ")");
    }
}
