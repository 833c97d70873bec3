package org.sevasurge.testbed.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.sevasurge.testbed.ServiceOptions;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.Unchecked;
import org.sevasurge.testbed.VolumeUsage;
import org.sevasurge.testbed.health.MocksWarmUp;
import org.sevasurge.testbed.health.Readiness;
import org.sevasurge.testbed.process.JarProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL, the mocks JVM and the service JVM on free loopback ports, started in that order (the mocks JVM starts
 * while PostgreSQL initialises) and stopped in reverse: SIGTERM to the service, then the mocks, then a fast
 * PostgreSQL shutdown. A JVM shutdown hook tears everything down if the owner never calls {@link #close()}
 * (Ctrl-C, a failed run, an exception). Work directory layout: {@code postgres/} (data, unless
 * {@link ServiceOptions#databaseVolume()} puts it on a volume of its own), {@code service/} ({@code --data}: documents
 * and signing key), {@code logs/service.log}, {@code logs/mocks.log}.
 *
 * <p>The mocks run as their own JVM rather than in the caller's: in a Gatling run the caller is the injector, whose
 * CPU is measured and must not include the simulators' work, and WireMock's classpath stays out of Gatling's.
 *
 * <p>Operations: {@link #killService()} is SIGKILL of the service JVM, {@link #restartService()} a new service JVM on
 * the same port with the same data, {@link #stopDatabase()} a fast PostgreSQL shutdown, {@link #startDatabase()}
 * the same data on the same port; {@link #fillDocumentsVolume()} writes ballast into the documents directory, and
 * {@link #fillDatabaseVolume(double)} beside PostgreSQL's data directory; each refuses when that is on a large
 * filesystem (the host's disk). The service's storage guard watches both volumes ({@code --db-volume}).
 *
 * <p>Thread-safe: the operations and {@link #close()} are synchronized, close is idempotent, so the owner and the
 * shutdown hook may race.
 */
public final class EmbeddedTestbed implements Testbed {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTestbed.class);
    private static final Duration MOCKS_START = Duration.ofSeconds(60);
    private static final Duration SERVICE_START = Duration.ofMinutes(2);
    private static final Duration SERVICE_STOP = Duration.ofSeconds(60);
    /** Extra JVM options for the service (words separated by spaces), e.g. to profile it. */
    static final String SERVICE_JVM_OPTIONS = "SEVASURGE_SERVICE_JVM_OPTIONS";

    private final Path workDir;
    private final boolean keepData;
    private final ServiceOptions serviceOptions;
    private final Thread shutdownHook = new Thread(this::close, "testbed-teardown");
    private ModuleJars jars;
    private Ballast ballast;
    private Ballast databaseBallast;
    private int serviceStarts;
    private PostgresServer postgres;
    private JarProcess mocks;
    private volatile JarProcess service;
    private volatile boolean closed;

    private EmbeddedTestbed(Path workDir, boolean keepData, ServiceOptions serviceOptions) {
        this.workDir = workDir;
        this.keepData = keepData;
        this.serviceOptions = serviceOptions;
    }

    /**
     * Starts everything and returns once the service answers {@code GET /health/ready} with 200.
     *
     * @param workDir  a directory of its own for this testbed (created)
     * @param keepData keep PostgreSQL's and the service's data after teardown
     * @throws IOException naming the part that failed (with the tail of its log); what had started is torn down
     */
    public static EmbeddedTestbed start(Path workDir, boolean keepData) throws IOException, InterruptedException {
        return start(workDir, keepData, ServiceOptions.NONE);
    }

    /**
     * As {@link #start(Path, boolean)}, the service started with {@code service} beyond the defaults (its documents
     * elsewhere, extra options, extra environment), also when it is restarted.
     */
    public static EmbeddedTestbed start(Path workDir, boolean keepData, ServiceOptions service)
            throws IOException, InterruptedException {
        ModuleJars jars = ModuleJars.locate();
        EmbeddedTestbed testbed = new EmbeddedTestbed(workDir.toAbsolutePath().normalize(), keepData, service);
        Runtime.getRuntime().addShutdownHook(testbed.shutdownHook);
        try {
            testbed.bringUp(jars);
            return testbed;
        } catch (IOException | InterruptedException | RuntimeException e) {
            testbed.close();
            throw e;
        }
    }

    private synchronized void bringUp(ModuleJars moduleJars) throws IOException, InterruptedException {
        this.jars = moduleJars;
        this.ballast = new Ballast(documentsDir(), TestbedOperation.FILL_DOCUMENTS_VOLUME);
        this.databaseBallast = new Ballast(databaseVolume(), TestbedOperation.FILL_DATABASE_VOLUME);
        Files.createDirectories(workDir);
        JarProcess.Starting mocksStarting = JarProcess.start(
                "sevasurge-mocks",
                jars.mocks(),
                List.of("-Xmx256m"),
                List.of("--port", "0", "--profile", "healthy", "--journal-entries", "0"),
                workDir.resolve("logs/mocks.log"));
        try {
            postgres = PostgresServer.start(postgresDir(), 0);
            mocks = mocksStarting.awaitReady(MOCKS_START);
        } finally {
            if (mocks == null) {
                mocksStarting.abandon();
            }
        }
        MocksWarmUp.warm(mocks.url());
        startService(0);
        LOG.info(
                "testbed up: service {} (pid {}), mocks {} (pid {}), PostgreSQL {} in {}",
                service.url(),
                service.pid(),
                mocks.url(),
                mocks.pid(),
                postgres.jdbcUrl(),
                workDir);
    }

    /**
     * SIGKILL of the service JVM, mid-run if need be: no shutdown hook runs, exactly a crash. Returns once the
     * process is gone; {@link #baseUrl()} then refuses connections until {@link #relaunchService()}. The same as
     * {@link #killService()}, with the checked exception a test may prefer.
     */
    public void crashService() throws InterruptedException {
        killService();
        LOG.info("service killed with SIGKILL");
    }

    /**
     * Starts the service JVM again, as after a crash: same port (so {@link #baseUrl()} stays valid for a load
     * generator that keeps going), same database and data directory. Returns once it answers ready.
     *
     * @throws IllegalStateException if the service is still running (crash it first)
     */
    public synchronized void relaunchService() throws IOException, InterruptedException {
        if (service.isAlive()) {
            throw new IllegalStateException("the service (pid " + service.pid() + ") still runs; crashService() first");
        }
        startService(service.url().getPort());
        LOG.info("service relaunched on {} (pid {})", service.url(), service.pid());
    }

    /**
     * Starts the service JVM on {@code port} (0: a free one) and waits until it answers ready. A restart logs to
     * {@code service-restart-N.log}, so the log of the JVM it replaces stays for a post-mortem.
     */
    private void startService(int port) throws IOException, InterruptedException {
        int restart = serviceStarts++;
        String log = restart == 0 ? "logs/service.log" : "logs/service-restart-" + restart + ".log";
        List<String> args = new ArrayList<>(List.of(
                "--port",
                String.valueOf(port),
                "--db-url",
                postgres.jdbcUrl(),
                "--db-user",
                postgres.user(),
                "--external-services",
                mocks.url().toString(),
                "--data",
                workDir.resolve("service").toString(),
                "--documents",
                documentsDir().toString(),
                "--db-volume",
                postgresDir().toString()));
        args.addAll(serviceOptions.arguments());
        service = JarProcess.start(
                        "sevasurge-service",
                        jars.service(),
                        serviceJvmArgs(),
                        args,
                        serviceOptions.environment(),
                        workDir.resolve(log))
                .awaitReady(SERVICE_START);
        new Readiness().await(service.url(), SERVICE_START);
    }

    /**
     * {@code -Xmx512m} (the heap the service must live in), then the words of {@value #SERVICE_JVM_OPTIONS}, e.g.
     * {@code -XX:StartFlightRecording=filename=/tmp/service.jfr,settings=profile} to profile the service under a run.
     */
    static List<String> serviceJvmArgs() {
        List<String> args = new ArrayList<>(List.of("-Xmx512m"));
        String extra = System.getenv(SERVICE_JVM_OPTIONS);
        if (extra != null && !extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return args;
    }

    /** The volume PostgreSQL's data is on: a directory of its own when given, else the work directory. */
    private Path databaseVolume() {
        return serviceOptions.databaseVolume() != null ? serviceOptions.databaseVolume() : workDir;
    }

    private Path postgresDir() {
        return databaseVolume().resolve("postgres");
    }

    private Path documentsDir() {
        return serviceOptions.documentsDir() != null
                ? serviceOptions.documentsDir()
                : workDir.resolve("service/documents");
    }

    @Override
    public Optional<URI> mocksBaseUrl() {
        return Optional.of(mocksUrl());
    }

    @Override
    public TestbedMode mode() {
        return TestbedMode.EMBEDDED;
    }

    @Override
    public boolean supports(TestbedOperation operation) {
        return true;
    }

    @Override
    public synchronized void killService() {
        Unchecked.run(() -> service.kill());
    }

    @Override
    public synchronized void restartService() {
        Unchecked.run(() -> {
            int port = service.url().getPort();
            service.stop(SERVICE_STOP);
            startService(port);
        });
    }

    @Override
    public synchronized void stopDatabase() {
        Unchecked.run(() -> postgres.close());
    }

    @Override
    public synchronized void startDatabase() {
        Unchecked.run(() -> {
            if (postgres.pid().isEmpty()) {
                postgres = PostgresServer.start(postgresDir(), postgres.port());
            }
        });
    }

    @Override
    public synchronized VolumeUsage documentsVolume() {
        return Unchecked.call(() -> ballast.usage());
    }

    @Override
    public synchronized VolumeUsage fillDocumentsVolume(double freeShare) {
        return Unchecked.call(() -> ballast.fill(freeShare));
    }

    @Override
    public synchronized VolumeUsage freeDocumentsVolume() {
        return Unchecked.call(() -> ballast.free());
    }

    @Override
    public synchronized VolumeUsage fillDatabaseVolume(double freeShare) {
        return Unchecked.call(() -> databaseBallast.fill(freeShare));
    }

    @Override
    public synchronized VolumeUsage freeDatabaseVolume() {
        return Unchecked.call(() -> databaseBallast.free());
    }

    @Override
    public synchronized URI baseUrl() {
        return service.url();
    }

    /** The service JVM's pid: {@code kill -9} it to crash the service for real. */
    @Override
    public synchronized OptionalLong servicePid() {
        return OptionalLong.of(service.pid());
    }

    /** The mocks' base URL, e.g. to switch a fault profile during a run. */
    public URI mocksUrl() {
        return mocks.url();
    }

    @Override
    public synchronized Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (service != null) {
            pids.put("service", service.pid());
        }
        if (mocks != null) {
            pids.put("mocks", mocks.pid());
        }
        if (postgres != null) {
            postgres.pid().ifPresent(pid -> pids.put("postgres", pid));
        }
        return pids;
    }

    public Path workDir() {
        return workDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (service != null) {
                int status = service.stop(SERVICE_STOP);
                LOG.info("service stopped with status {} (log: {})", status, service.log());
            }
            if (mocks != null) {
                mocks.stop(Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("PostgreSQL in {} did not stop cleanly: {}", workDir, e.toString());
            }
        }
        if (!keepData) {
            deleteTree(postgresDir());
            deleteTree(workDir.resolve("service"));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself: nothing to remove.
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }
}
