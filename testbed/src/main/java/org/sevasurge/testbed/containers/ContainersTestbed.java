package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.Unchecked;
import org.sevasurge.testbed.VolumeUsage;
import org.sevasurge.testbed.health.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * PostgreSQL, the mocks and the certificate service in Docker containers, each with the CPU and memory limits of
 * its {@link ContainerSettings}, on the host's network and 127.0.0.1 only (see the package documentation for why),
 * with the documents on a {@link DocumentsVolume}. Started by {@link ContainersTestbedStarter}. Operations act on
 * the same containers throughout: {@link #killService()} is {@code docker kill}, {@link #restartService()} starts
 * the same container again (same writable layer, volume and port), {@link #stopDatabase()} a fast shutdown
 * (SIGINT, as the official image's stop signal). {@link #close()} saves every container's log to {@code logs/} and
 * removes every container and volume of this testbed; a JVM shutdown hook does the same on Ctrl-C or a failure.
 *
 * <p>Thread-safe: operations and close are synchronized; close is idempotent.
 */
public final class ContainersTestbed implements Testbed {

    private static final Logger LOG = LoggerFactory.getLogger(ContainersTestbed.class);
    private static final Duration SERVICE_STOP = Duration.ofSeconds(60);
    private static final Duration DATABASE_STOP = Duration.ofSeconds(60);

    private final Labels labels;
    private final Path workDir;
    private final DockerClient docker;
    private final ContainerControl control;
    private final Thread shutdownHook = new Thread(this::close, "containers-testbed-teardown");
    private final Map<String, GenericContainer<?>> containers = new LinkedHashMap<>();
    private DocumentsVolume documents;
    private URI baseUrl;
    private URI mocksUrl;
    private int databasePort;
    private String databaseUser;
    private Duration serviceStartTimeout;
    private boolean closed;

    ContainersTestbed(Labels labels, Path workDir, DockerClient docker) {
        this.labels = labels;
        this.workDir = workDir;
        this.docker = docker;
        this.control = new ContainerControl(docker);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a containers testbed and returns once the service answers ready; on any failure removes what it had
     * started and throws naming the part that failed.
     */
    public static ContainersTestbed start(Path workDir, ContainerSettings settings)
            throws IOException, InterruptedException {
        return new ContainersTestbedStarter(workDir.toAbsolutePath().normalize(), settings).start();
    }

    synchronized void register(String role, GenericContainer<?> container) {
        containers.put(role, container);
    }

    synchronized void ready(
            DocumentsVolume volume, URI service, URI mocks, int dbPort, String dbUser, Duration startTimeout) {
        this.documents = volume;
        this.baseUrl = service;
        this.mocksUrl = mocks;
        this.databasePort = dbPort;
        this.databaseUser = dbUser;
        this.serviceStartTimeout = startTimeout;
    }

    synchronized void documents(DocumentsVolume volume) {
        this.documents = volume;
    }

    @Override
    public synchronized URI baseUrl() {
        return baseUrl;
    }

    @Override
    public java.util.Optional<URI> mocksBaseUrl() {
        return java.util.Optional.ofNullable(mocksUrl());
    }

    /** The mocks' base URL (on 127.0.0.1), e.g. to switch a fault profile during a run. */
    public synchronized URI mocksUrl() {
        return mocksUrl;
    }

    @Override
    public TestbedMode mode() {
        return TestbedMode.CONTAINERS;
    }

    /** Empty: the service is a process in a container, killed through {@link #killService()}. */
    @Override
    public OptionalLong servicePid() {
        return OptionalLong.empty();
    }

    @Override
    public Map<String, Long> processIds() {
        return Map.of();
    }

    /** The container ids by role ({@code postgres}, {@code mocks}, {@code keeper}, {@code service}). */
    public synchronized Map<String, String> containerIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        containers.forEach((role, container) -> {
            if (container.getContainerId() != null) {
                ids.put(role, container.getContainerId());
            }
        });
        return ids;
    }

    /** This testbed's session label value: every container and volume it made carries it. */
    public String session() {
        return labels.session();
    }

    public Path workDir() {
        return workDir;
    }

    /**
     * Every operation but filling the database's volume (PostgreSQL's data is in its container), and a fill of the
     * documents only on a tmpfs volume (one on the host's disk would fill the host).
     */
    @Override
    public synchronized boolean supports(TestbedOperation operation) {
        return switch (operation) {
            case FILL_DATABASE_VOLUME -> false;
            case FILL_DOCUMENTS_VOLUME -> documents.sizeBytes() > 0;
            default -> true;
        };
    }

    @Override
    public synchronized void killService() {
        Unchecked.run(() -> control.signalAndWait(id("service"), "SIGKILL", Duration.ofSeconds(30)));
    }

    @Override
    public synchronized void restartService() {
        Unchecked.run(() -> {
            String id = id("service");
            control.signalAndWait(id, "SIGTERM", SERVICE_STOP);
            control.start(id);
            new Readiness().await(baseUrl, serviceStartTimeout);
        });
    }

    @Override
    public synchronized void stopDatabase() {
        Unchecked.run(() -> control.signalAndWait(id("postgres"), "SIGINT", DATABASE_STOP));
    }

    @Override
    public synchronized void startDatabase() {
        Unchecked.run(() -> {
            String id = id("postgres");
            if (!control.isRunning(id)) {
                control.start(id);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            ContainerControl.ExecResult ready;
            do {
                Thread.sleep(100);
                ready = control.exec(
                        id,
                        "pg_isready",
                        "-q",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(databasePort),
                        "-U",
                        databaseUser);
            } while (ready.exitCode() != 0 && System.nanoTime() < deadline);
            if (ready.exitCode() != 0) {
                throw new IOException("PostgreSQL did not accept connections within 60 s of its start");
            }
        });
    }

    @Override
    public synchronized VolumeUsage documentsVolume() {
        return Unchecked.call(() -> documents.usage());
    }

    @Override
    public synchronized VolumeUsage fillDocumentsVolume(double freeShare) {
        return Unchecked.call(() -> documents.fill(freeShare));
    }

    @Override
    public synchronized VolumeUsage freeDocumentsVolume() {
        return Unchecked.call(() -> documents.free());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        containers.forEach((role, container) -> {
            if (container.getContainerId() != null) {
                control.saveLogs(
                        container.getContainerId(), workDir.resolve("logs").resolve(role + ".log"));
            }
        });
        int removed = new Leftovers(docker).removeSession(labels.session());
        LOG.info(
                "containers testbed {} removed ({} containers; logs in {})",
                labels.session(),
                removed,
                workDir.resolve("logs"));
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself: nothing to remove.
        }
    }

    /** The tail of a role's log as saved so far, for an error message. */
    String logTail(String role) {
        Path log = workDir.resolve("logs").resolve(role + ".log");
        try {
            if (!Files.exists(log)) {
                return "(no log)";
            }
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private String id(String role) {
        GenericContainer<?> container = containers.get(role);
        if (container == null || container.getContainerId() == null || closed) {
            throw new IllegalStateException(
                    "the " + role + " container is not running: the testbed is " + (closed ? "closed" : "not started"));
        }
        return container.getContainerId();
    }
}
