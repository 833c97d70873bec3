package org.sevasurge.service.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.TestDatabase;

/**
 * A status read never waits for a connection behind transactions: with every transaction connection held (as
 * submissions hold theirs through fsync'd commits at a burst), a read still gets one at once. The same check on
 * one shared pool (reads size 0, the layout before) times out, so this test can fail.
 */
class ReadsBesideTransactionsIT {

    private static final int TRANSACTIONS = 3;

    @Test
    void aReadGetsAConnectionWhileEveryTransactionConnectionIsHeld() throws Exception {
        try (Database database = open(PoolSizes.of(TRANSACTIONS))) {
            List<Connection> held = holdEveryTransactionConnection(database);
            try {
                assertThat(database.read(ReadsBesideTransactionsIT::selectOne)).isEqualTo(1);
            } finally {
                closeAll(held);
            }
        }
    }

    @Test
    void onOneSharedPoolTheSameReadWaitsAndTimesOut() throws Exception {
        try (Database database = open(new PoolSizes(TRANSACTIONS, 0))) {
            List<Connection> held = holdEveryTransactionConnection(database);
            try {
                assertThatThrownBy(() -> database.read(ReadsBesideTransactionsIT::selectOne))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("timed out");
            } finally {
                closeAll(held);
            }
        }
    }

    @Test
    void theReadsPoolIsHalfTheTransactionsPoolAndAtLeastTwo() {
        assertThat(PoolSizes.of(16)).isEqualTo(new PoolSizes(16, 8));
        assertThat(PoolSizes.of(1)).isEqualTo(new PoolSizes(1, 2));
        assertThatThrownBy(() -> new PoolSizes(0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pool sizes");
    }

    private static Database open(PoolSizes sizes) {
        return Database.open(
                TestDatabase.freshDatabaseUrl(), TestDatabase.server().user(), "", sizes, new SimpleMeterRegistry());
    }

    private static List<Connection> holdEveryTransactionConnection(Database database) throws SQLException {
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < TRANSACTIONS; i++) {
            Connection c = database.dataSource().getConnection();
            c.setAutoCommit(false);
            held.add(c);
        }
        return held;
    }

    private static void closeAll(List<Connection> connections) throws SQLException {
        for (Connection c : connections) {
            c.rollback();
            c.close();
        }
    }

    private static int selectOne(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
