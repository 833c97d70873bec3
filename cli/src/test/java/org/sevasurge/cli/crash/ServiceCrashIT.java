package org.sevasurge.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.Testbeds;

/**
 * A season run whose service dies mid-run ({@code kill -9} of the service JVM) must end in failure: exit status 1
 * and a FAIL verdict in its summary, never a green run. The run goes to a testbed this test owns (so it has the
 * pid), as {@code ./sevasurge season --target URL} would.
 */
class ServiceCrashIT {

    @Test
    void aServiceKilledMidRunFailsTheRun() throws Exception {
        Path runs = Path.of("target", "it-runs", "service-crash").toAbsolutePath();
        try (Testbed testbed = Testbeds.start(TestbedOptions.embedded(Path.of("target", "it-testbeds")))) {
            CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run("season", "--target",
                    testbed.baseUrl().toString(), "--profile", "smoke", "--compression", "3", "--runs",
                    runs.toString()));
            awaitLoad(runs, run);
            Thread.sleep(4_000);
            ProcessHandle service = ProcessHandle.of(testbed.servicePid().orElseThrow()).orElseThrow();
            service.destroyForcibly();
            assertThat(service.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("SIGKILL took the service down")
                    .isFalse();

            Cli.Result result = run.get(3, TimeUnit.MINUTES);

            assertThat(result.exitCode()).as("a crashed service must fail the run; output:%n%s", result.out())
                    .isEqualTo(1);
            assertThat(result.out()).contains("verdict: FAIL");
        }
    }

    /** Waits until a run has recorded its first latency interval, i.e. load is flowing. */
    private static void awaitLoad(Path runs, CompletableFuture<Cli.Result> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && !run.isDone()) {
            if (Files.isDirectory(runs)) {
                try (Stream<Path> logs = Files.walk(runs)) {
                    if (logs.anyMatch(p -> p.toString().endsWith(".hlog") && p.toFile().length() > 0)) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not start its load within a minute (done: " + run.isDone() + ")");
    }
}
