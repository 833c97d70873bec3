package org.sevasurge.testbed.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.service.database.ServerSettings;

/**
 * The testbed's PostgreSQL runs with the service's own server settings, read back from the running server, and a
 * caller's extra settings cannot turn durability off.
 */
class PostgresServerIT {

    @Test
    void theTestbedsPostgresRunsWithTheServicesDurableSettingsWhateverTheCallerAsks(@TempDir Path dir)
            throws Exception {
        Map<String, String> careless = Map.of("fsync", "off", "synchronous_commit", "off", "work_mem", "8MB");
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("pg"), 0, careless);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            for (var entry : ServerSettings.DURABLE_LOOPBACK.entrySet()) {
                assertThat(setting(st, entry.getKey()))
                        .as("the running server's %s", entry.getKey())
                        .isEqualTo(entry.getValue());
            }
            assertThat(setting(st, "work_mem"))
                    .as("a setting durability does not care about is the caller's")
                    .isEqualTo("8MB");
        }
    }

    private static String setting(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
