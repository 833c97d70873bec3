package org.sevasurge.testbed.durability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sevasurge.testbed.embedded.ModuleJars;
import org.sevasurge.testbed.embedded.PostgresServer;
import org.sevasurge.testbed.health.Readiness;
import org.sevasurge.testbed.powerloss.PowerLossFs;
import org.sevasurge.testbed.process.JarProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One power cut under load: PostgreSQL's data directory and the service's data (documents, signing key) on a
 * {@link PowerLossFs}; everything synced once before the load (what the kernel's writeback would long have done);
 * submissions from four centres; right after the n-th {@code 201} every PostgreSQL process and the service JVM
 * get SIGKILL, and the filesystem drops what was not fsynced. Then PostgreSQL (crash recovery) and a service with
 * every promise kept start again on what is left, and {@link AckCheck} reads every acknowledged application back.
 *
 * <p>PostgreSQL runs with {@code wal_writer_delay=10s} (default 200 ms): its WAL writer then flushes the WAL of
 * commits that did not wait for their flush ({@code synchronous_commit=off}) only every 10 s, so an acknowledgement
 * given before its commit was on disk is exposed nearly every time rather than when the cut falls inside a 200 ms
 * window. Commits that wait for their flush, the service's own, are not affected.
 */
final class PowerLossScenario {

    private static final Logger LOG = LoggerFactory.getLogger(PowerLossScenario.class);
    private static final Duration START = Duration.ofMinutes(2);
    private static final int CENTRES = 4;
    private static final Map<String, String> POSTGRES_SETTINGS = Map.of("wal_writer_delay", "10s");

    /** What one run found, and how long it took (mount to verdict). */
    record Outcome(
            String promise,
            AckCheck.Verdict verdict,
            long unsyncedBytesDropped,
            Map<String, Long> failedRequests,
            Duration signalled,
            Duration took) {
        @Override
        public String toString() {
            return "power cut with " + promise + ": " + verdict + "; " + unsyncedBytesDropped
                    + " unsynced bytes dropped; SIGKILL sent to every PostgreSQL process " + signalled.toNanos() / 1e6
                    + " ms after the last counted 201; requests not acknowledged: " + failedRequests + "; took "
                    + took.toMillis() / 1000.0 + " s";
        }
    }

    private PowerLossScenario() {}

    /**
     * @param work            a directory of its own (disk, mount point and logs go there)
     * @param brokenPromise   a {@code --break-promise} value for the service under load, or null for none
     * @param acksBeforeCut   how many 201s to receive before the cut
     */
    static Outcome run(Path work, String brokenPromise, int acksBeforeCut) throws Exception {
        long start = System.nanoTime();
        Path jar = ModuleJars.locate().service();
        PowerLossFs fs = PowerLossFs.mount(work.resolve("disk"), work.resolve("mnt"));
        Deque<AutoCloseable> running = new ArrayDeque<>();
        running.push(fs);
        try {
            Path pgData = fs.mountPoint().resolve("postgres");
            Path serviceData = fs.mountPoint().resolve("service");
            PostgresServer postgres = PostgresServer.start(pgData, 0, POSTGRES_SETTINGS);
            running.push(postgres);
            JarProcess service = startService(jar, postgres, serviceData, brokenPromise, work.resolve("service-1.log"));
            running.push(() -> service.stop(Duration.ofSeconds(30)));
            fs.syncAll();

            AtomicLong killNanos = new AtomicLong();
            SubmissionLoad load = loadUntilCut(service, postgres, acksBeforeCut, work, killNanos);
            running.pop(); // the service is dead
            running.pop().close(); // releases zonky's lock on the data directory; the server is already dead
            long dropped = fs.powerCut();

            PostgresServer recovered = PostgresServer.start(pgData, 0, POSTGRES_SETTINGS);
            running.push(recovered);
            JarProcess restarted = startService(jar, recovered, serviceData, null, work.resolve("service-2.log"));
            running.push(() -> restarted.stop(Duration.ofSeconds(30)));
            AckCheck.Verdict verdict =
                    AckCheck.check(restarted.url(), serviceData.resolve("documents"), load.acknowledged());
            Outcome outcome = new Outcome(
                    brokenPromise == null ? "every promise kept" : brokenPromise,
                    verdict,
                    dropped,
                    load.failuresByCause(),
                    Duration.ofNanos(killNanos.get()),
                    Duration.ofNanos(System.nanoTime() - start));
            LOG.info("{}", outcome);
            return outcome;
        } finally {
            while (!running.isEmpty()) {
                try {
                    running.pop().close();
                } catch (Exception e) {
                    LOG.warn("cleanup after the power-loss run failed: {}", e.toString());
                }
            }
        }
    }

    /** Submits until the n-th 201, then kills every PostgreSQL process and the service at once. */
    private static SubmissionLoad loadUntilCut(
            JarProcess service, PostgresServer postgres, int acksBeforeCut, Path work, AtomicLong killNanos)
            throws Exception {
        CountDownLatch cut = new CountDownLatch(1);
        AtomicReference<Exception> killFailure = new AtomicReference<>();
        SubmissionLoad load = new SubmissionLoad(service.url(), CENTRES, 15L).onAcknowledged(acksBeforeCut, () -> {
            try {
                killNanos.set(postgres.killAll().toSignal().toNanos());
                service.kill();
            } catch (IOException | InterruptedException | RuntimeException e) {
                killFailure.set(e);
            } finally {
                cut.countDown();
            }
        });
        load.start();
        boolean reached = cut.await(3, TimeUnit.MINUTES);
        load.close();
        if (!reached) {
            throw new IllegalStateException(acksBeforeCut + " acknowledgements not reached in 3 minutes; got "
                    + load.acknowledged().size() + ", failures " + load.failuresByCause() + " (log: "
                    + work.resolve("service-1.log") + ")");
        }
        if (killFailure.get() != null) {
            throw killFailure.get();
        }
        return load;
    }

    /** @return the service's options for a free port, {@code postgres} and its documents under {@code data} */
    static List<String> serviceArgs(PostgresServer postgres, Path data) {
        return List.of(
                "--port", "0", "--db-url", postgres.jdbcUrl(), "--db-user", postgres.user(), "--data", data.toString());
    }

    private static JarProcess startService(Path jar, PostgresServer postgres, Path data, String brokenPromise, Path log)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(serviceArgs(postgres, data));
        Map<String, String> environment = Map.of();
        if (brokenPromise != null) {
            args.addAll(List.of("--break-promise", brokenPromise));
            environment = Map.of("SEVASURGE_ALLOW_BROKEN_PROMISES", "yes");
        }
        JarProcess service = JarProcess.start("sevasurge-service", jar, List.of("-Xmx256m"), args, environment, log)
                .awaitReady(START);
        URI url = service.url();
        new Readiness().await(url, START);
        return service;
    }
}
