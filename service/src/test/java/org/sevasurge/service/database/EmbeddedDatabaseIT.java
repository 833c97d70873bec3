package org.sevasurge.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.TestDatabase;

class EmbeddedDatabaseIT {

    @Test
    void theEmbeddedPostgresIsDurableDespiteZonkysTestDefaults() throws Exception {
        EmbeddedDatabase db = TestDatabase.server();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
                Statement st = c.createStatement()) {
            assertThat(setting(st, "fsync"))
                    .as("zonky passes -F; we turn fsync back on")
                    .isEqualTo("on");
            assertThat(setting(st, "synchronous_commit"))
                    .as("a commit waits for its WAL flush")
                    .isEqualTo("on");
            assertThat(setting(st, "full_page_writes")).isEqualTo("on");
            for (var entry : ServerSettings.DURABLE_LOOPBACK.entrySet()) {
                assertThat(setting(st, entry.getKey()))
                        .as("the running server's %s", entry.getKey())
                        .isEqualTo(entry.getValue());
            }
        }
    }

    @Test
    void theChosenPerformanceSettingsAreTheRunningServersOwnNotItsDefaults() throws Exception {
        EmbeddedDatabase db = TestDatabase.server();
        assertThat(ServerSettings.DURABLE_LOOPBACK)
                .as("the performance settings are passed with the durable ones")
                .containsAllEntriesOf(ServerSettings.PERFORMANCE);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
                PreparedStatement ps =
                        c.prepareStatement("SELECT setting, unit, source FROM pg_settings WHERE name = ?")) {
            for (String name : ServerSettings.PERFORMANCE.keySet()) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("PostgreSQL knows %s", name).isTrue();
                    assertThat(rs.getString("source"))
                            .as(
                                    "%s comes from the command line the service passed (value %s %s)",
                                    name, rs.getString("setting"), rs.getString("unit"))
                            .isEqualTo("command line");
                }
            }
        }
    }

    private static String setting(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
