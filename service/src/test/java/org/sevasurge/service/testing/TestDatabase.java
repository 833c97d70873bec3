package org.sevasurge.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.sevasurge.service.database.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test JVM, with a fresh database for each test that asks: start-up costs
 * seconds, a {@code CREATE DATABASE} milliseconds. Thread-safe.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {}

    /** A JDBC URL of a new, empty database on the shared server. */
    public static synchronized String freshDatabaseUrl() {
        EmbeddedDatabase db = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + name;
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("sevasurge-test-pg");
                server = EmbeddedDatabase.start(dir, 0);
                EmbeddedDatabase started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
            }
        }
        return server;
    }
}
