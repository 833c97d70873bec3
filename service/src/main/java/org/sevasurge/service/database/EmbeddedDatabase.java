package org.sevasurge.service.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the zonky binaries, keeping its data in a directory that survives restarts.
 * Not thread-safe: start and close from one thread.
 * Runs with {@link ServerSettings#DURABLE_LOOPBACK}: zonky's throw-away defaults (fsync off) switched back to
 * durable ones.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** zonky holds a file lock on this file in the data directory while its server runs. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use; port 0 takes a free port. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The owner closes it (the service's shutdown hook, or a test); zonky's own hook would race it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        ServerSettings.DURABLE_LOOPBACK.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        return new EmbeddedDatabase(postgres, dataDirectory);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster's process id, read from its pid file (a test uses it to crash the database for real). */
    public Optional<Long> postmasterPid() {
        return readPid(dataDirectory);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A service killed with {@code kill -9} leaves its PostgreSQL running (pg_ctl detaches it), holding the data
     * directory. If no living process holds zonky's lock on the directory, that server is an orphan: stop it
     * with a fast shutdown (SIGINT) so the next start can take the directory over; PostgreSQL then recovers
     * from its WAL as after any crash. A directory still locked belongs to a running service: refuse it.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        requireNoLivingOwner(dataDirectory);
        Optional<ProcessHandle> orphan = readPid(dataDirectory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        LOG.warn("stopping PostgreSQL pid {} left running on {} by an earlier crash", process.pid(), dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(
                    "PostgreSQL pid " + process.pid() + " on " + dataDirectory
                            + " did not stop within 30 s; stop it and start again",
                    e);
        }
    }

    private static void requireNoLivingOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("the database directory " + dataDirectory + " is in use by another running"
                        + " service; stop it first or give this one another --data directory");
            }
        }
    }

    private static Optional<Long> readPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
