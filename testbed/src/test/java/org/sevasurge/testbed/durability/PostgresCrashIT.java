package org.sevasurge.testbed.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.embedded.ModuleJars;
import org.sevasurge.testbed.embedded.PostgresServer;
import org.sevasurge.testbed.health.Readiness;
import org.sevasurge.testbed.process.JarProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL crash mid-load: SIGKILL of the postmaster (no shutdown checkpoint; its backends die with it),
 * a restart on the same data directory and port (crash recovery from the WAL), while the service keeps running
 * and the submissions keep coming. Every application acknowledged before, during or after the outage is committed.
 */
@Tag("crash")
class PostgresCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresCrashIT.class);
    private static final int ACKS_BEFORE_CRASH = 25;
    private static final int ACKS_AFTER_RESTART = 25;

    @Test
    void everyAcknowledgedApplicationIsCommittedAfterThePostmasterIsKilledMidLoadAndRecovers() throws Exception {
        Path work = Files.createDirectories(Path.of(
                System.getProperty("sevasurge.testbed.dir", "target/testbed-it"),
                "postgres-crash-" + System.currentTimeMillis()));
        PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), 0);
        PostgresServer recovered = null;
        JarProcess service = JarProcess.start(
                        "sevasurge-service",
                        ModuleJars.locate().service(),
                        List.of("-Xmx256m"),
                        PowerLossScenario.serviceArgs(postgres, work.resolve("service")),
                        work.resolve("service.log"))
                .awaitReady(Duration.ofMinutes(2));
        try {
            new Readiness().await(service.url(), Duration.ofMinutes(2));
            CountDownLatch crashed = new CountDownLatch(1);
            AtomicInteger killedProcesses = new AtomicInteger();
            AtomicLong exitMillis = new AtomicLong();
            SubmissionLoad load = new SubmissionLoad(service.url(), 4, 27L).onAcknowledged(ACKS_BEFORE_CRASH, () -> {
                try {
                    PostgresServer.Killed killed = postgres.crashPostmaster();
                    killedProcesses.set(killed.processes());
                    exitMillis.set(killed.toExit().toMillis());
                } catch (Exception e) {
                    LOG.error("could not crash PostgreSQL", e);
                } finally {
                    crashed.countDown();
                }
            });
            load.start();
            assertThat(crashed.await(3, TimeUnit.MINUTES))
                    .as("%d acknowledgements before the crash", ACKS_BEFORE_CRASH)
                    .isTrue();
            assertThat(killedProcesses.get())
                    .as("the postmaster and its processes are gone")
                    .isPositive();
            long crashedAt = System.nanoTime();
            int acksAtCrash = load.acknowledged().size();
            Map<String, Long> failuresAtCrash = load.failuresByCause();

            postgres.close(); // releases the data directory's lock; the server is already dead
            recovered = PostgresServer.start(work.resolve("postgres"), postgres.port());
            long recoveredAt = System.nanoTime();
            long deadline = recoveredAt + TimeUnit.MINUTES.toNanos(2);
            while (load.acknowledged().size() < acksAtCrash + ACKS_AFTER_RESTART && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long resumedAt = System.nanoTime();
            load.close();
            List<Acknowledged> acks = load.acknowledged();
            AckCheck.Verdict verdict = AckCheck.check(service.url(), work.resolve("service/documents"), acks);
            LOG.info(
                    "PostgreSQL crash: postmaster killed after {} acknowledgements, its {} processes gone {} ms later;"
                            + " restart and recovery {} ms; {} acknowledged in all, {} more within"
                            + " {} ms of the restart; requests not acknowledged around the outage: {} (before: {}); {}",
                    acksAtCrash,
                    killedProcesses.get(),
                    exitMillis.get(),
                    (recoveredAt - crashedAt) / 1_000_000,
                    acks.size(),
                    ACKS_AFTER_RESTART,
                    (resumedAt - recoveredAt) / 1_000_000,
                    load.failuresByCause(),
                    failuresAtCrash,
                    verdict);

            assertThat(acks.size())
                    .as(
                            "the service takes submissions again after PostgreSQL recovered (%d s"
                                    + " after the restart)",
                            (resumedAt - recoveredAt) / 1_000_000_000)
                    .isGreaterThanOrEqualTo(acksAtCrash + ACKS_AFTER_RESTART);
            assertThat(verdict.intact())
                    .as("every 201 is committed: %s", verdict)
                    .isTrue();
        } finally {
            service.stop(Duration.ofSeconds(30));
            (recovered != null ? recovered : postgres).close();
        }
    }
}
