package org.sevasurge.simulations.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.Testbeds;

/**
 * A load run whose service dies mid-run ({@code kill -9} of the service JVM) must end in failure: a non-zero exit
 * status and a FAIL verdict in its summary, never a green run. The simulation runs as its own JVM, as
 * {@code ./sevasurge season} and the Maven plugin run it, against a testbed this test owns (so it has the pid).
 */
class ServiceCrashIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void aServiceKilledMidRunFailsTheRun() throws Exception {
        Path runsDir = Path.of(System.getProperty("sevasurge.runs.dir", "target/sevasurge/crash-runs"));
        String runId = "service-crash-" + System.currentTimeMillis();
        try (Testbed testbed = Testbeds.start(TestbedOptions.embedded(
                Path.of(System.getProperty("sevasurge.testbed.dir", "target/sevasurge/testbed"))))) {
            Path log = Files.createTempFile("service-crash-run", ".log");
            Process run = new ProcessBuilder(command(testbed, runsDir, runId)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                awaitLoad(runsDir.resolve(runId), run);
                Thread.sleep(4_000);
                ProcessHandle service = ProcessHandle.of(testbed.servicePid().orElseThrow()).orElseThrow();
                service.destroyForcibly();
                assertThat(service.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("SIGKILL took the service down")
                        .isFalse();

                assertThat(run.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the run ends by itself").isTrue();
            } finally {
                run.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(run.exitValue()).as("a crashed service must fail the run; output:%n%s", output).isNotZero();
            Path summary = runsDir.resolve(runId).resolve("summary.txt");
            assertThat(summary).as("the summary is written even when the run fails").exists();
            assertThat(Files.readString(summary)).as("the verdict says the run failed")
                    .contains("verdict: FAIL");
        }
    }

    /** The simulation as the README's "running without Maven" command, a short smoke run with a short drain. */
    private static List<String> command(Testbed testbed, Path runsDir, String runId) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
                "-Dgatling.data.enableAnalytics=false",
                "-Dsevasurge.target=" + testbed.baseUrl(), "-Dsevasurge.profile=smoke",
                "-Dsevasurge.compression=3", "-Dsevasurge.drain.seconds=5",
                "-Dsevasurge.runs.dir=" + runsDir.toAbsolutePath(), "-Dsevasurge.run.id=" + runId,
                "-Dsevasurge.gatling.results.dir=" + runsDir.resolve("gatling").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                "io.gatling.app.Gatling", "-s", "org.sevasurge.simulations.season.SeasonSimulation",
                "-rf", runsDir.resolve("gatling").toAbsolutePath().toString());
    }

    /** Waits until the run has recorded its first latency interval, i.e. load is flowing. */
    private static void awaitLoad(Path runFolder, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && run.isAlive()) {
            Path latency = runFolder.resolve("latency");
            if (Files.isDirectory(latency)) {
                try (Stream<Path> logs = Files.list(latency)) {
                    if (logs.anyMatch(p -> p.toFile().length() > 0)) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not start its load within a minute (alive: " + run.isAlive() + ")");
    }
}
