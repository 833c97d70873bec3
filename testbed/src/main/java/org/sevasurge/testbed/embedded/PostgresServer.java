package org.sevasurge.testbed.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server from the zonky binaries, listening on a free port of 127.0.0.1, run by {@code pg_ctl} as
 * its own process. Durability settings match the service's own embedded mode: zonky turns fsync and synchronous
 * commit off for throw-away test databases, and a load test of durable acknowledgements must not measure that.
 * Not thread-safe: start and close from one thread (the testbed serialises them).
 */
final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on {@code port} (0: a free one) with the data in {@code dataDirectory}, kept if present. */
    static PostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The testbed closes it in order (service first); zonky's own hook would race that.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        return new PostgresServer(postgres, dataDirectory);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    int port() {
        return postgres.getPort();
    }

    String user() {
        return "postgres";
    }

    /** The postmaster's pid from its pid file, while it runs. */
    OptionalLong pid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
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
