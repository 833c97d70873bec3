package org.sevasurge.testbed.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sevasurge.service.database.ServerSettings;

/**
 * A real PostgreSQL server from the zonky binaries, listening on a free port of 127.0.0.1, run by {@code pg_ctl} as
 * its own process, with the service's own {@link ServerSettings#DURABLE_LOOPBACK} (zonky's throw-away defaults turn
 * fsync off, and a load test of durable acknowledgements must not measure that).
 * Not thread-safe: start and close from one thread (the testbed serialises them).
 *
 * <p>For fault tests it can also be crashed: {@link #crashPostmaster()} (SIGKILL of the postmaster alone) and
 * {@link #killAll()} (SIGKILL of every process of the server at once, what a power cut does to them); a new
 * {@link #start(Path, int)} on the same directory and port then runs PostgreSQL's crash recovery.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Duration PROCESSES_GONE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static PostgresServer start(Path dataDirectory) throws IOException {
        return start(dataDirectory, 0);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (initialised first if empty, recovered if it crashed).
     *
     * @param port a loopback port, or 0 for a free one (a restart after a crash passes the old port)
     */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        return start(dataDirectory, port, Map.of());
    }

    /**
     * As {@link #start(Path, int)}, with more server settings ({@code postgresql.conf} names and values);
     * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} stay on whatever they say.
     */
    public static PostgresServer start(Path dataDirectory, int port, Map<String, String> settings) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) {
            builder.setPort(port);
        }
        settings.forEach(builder::setServerConfig);
        // After the caller's settings, so the durable ones win.
        ServerSettings.DURABLE_LOOPBACK.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The testbed closes it in order (service first); zonky's own hook would race that.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new PostgresServer(postgres, dataDirectory);
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

    /**
     * What a kill did: how many processes got SIGKILL, how long after the call the last signal was sent, and how
     * long until every one had exited.
     */
    public record Killed(int processes, Duration toSignal, Duration toExit) {}

    /**
     * SIGKILL of the postmaster alone (not a clean stop): no shutdown checkpoint. Returns once it and every
     * process it had started (backends, WAL writer, checkpointer, which exit on their own when they notice) are
     * gone, so a restart finds no shared memory in use. Call {@link #close()} afterwards to release the data
     * directory's lock before starting a new server on it.
     */
    public Killed crashPostmaster() throws IOException {
        long start = System.nanoTime();
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        postmaster.destroyForcibly();
        long signalled = System.nanoTime();
        awaitGone(all);
        return new Killed(all.size(), Duration.ofNanos(signalled - start), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * SIGKILL of the postmaster and every process under it, one right after the other: none of them runs a line
     * of code after this returns, as after a power cut.
     */
    public Killed killAll() throws IOException {
        long start = System.nanoTime();
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> all = new ArrayList<>();
        all.add(postmaster);
        all.addAll(postmaster.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        long signalled = System.nanoTime();
        awaitGone(all);
        return new Killed(all.size(), Duration.ofNanos(signalled - start), Duration.ofNanos(System.nanoTime() - start));
    }

    private ProcessHandle postmaster() throws IOException {
        long pid = pid().orElseThrow(
                        () -> new IOException("no postmaster.pid in " + dataDirectory + ": PostgreSQL is not running"));
        return ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("PostgreSQL's postmaster " + pid + " (from "
                        + dataDirectory.resolve("postmaster.pid") + ") is not running"));
    }

    private static void awaitGone(List<ProcessHandle> processes) throws IOException {
        long deadline = System.nanoTime() + PROCESSES_GONE.toNanos();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for PostgreSQL's processes to exit", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException(
                        "PostgreSQL process " + process.pid() + " still runs " + PROCESSES_GONE.toSeconds()
                                + " s after SIGKILL",
                        e);
            }
        }
    }

    /** The postmaster's pid from its pid file, while it runs. */
    public OptionalLong pid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A fast shutdown; returns once the postmaster has exited (pg_ctl may return while it still is). */
    @Override
    public void close() throws IOException {
        OptionalLong pid = pid();
        postgres.close();
        if (pid.isPresent()) {
            ProcessHandle.of(pid.getAsLong()).ifPresent(postmaster -> {
                try {
                    postmaster.onExit().get(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // Still there after 30 s: the caller's checks will report it.
                }
            });
        }
    }
}
