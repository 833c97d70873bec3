package org.sevasurge.service.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The service's two connection pools, migrated by Flyway on open: one for transactions (submissions, officers'
 * steps, the outbox, the readiness check) and one for single reads (status checks, downloads, queues), so that a
 * read never waits for a connection behind writes that hold theirs through an fsync'd commit (see
 * {@link PoolSizes}). Thread-safe.
 *
 * <p>A pool waits at most {@value #CONNECTION_TIMEOUT_MILLIS} ms for a connection: under overload a caller
 * should get a fast 503, not queue for Hikari's default 30 s.
 */
public final class Database implements AutoCloseable {

    static final long CONNECTION_TIMEOUT_MILLIS = 2_000;

    private final HikariDataSource transactions;
    private final HikariDataSource reads;

    private Database(HikariDataSource transactions, HikariDataSource reads) {
        this.transactions = transactions;
        this.reads = reads;
    }

    /**
     * Opens {@code poolSize} connections for transactions and {@link PoolSizes#readsBeside} it for reads on
     * {@code jdbcUrl}, applies the migrations and publishes pool metrics to {@code registry}.
     */
    public static Database open(String jdbcUrl, String user, String password, int poolSize, MeterRegistry registry) {
        return open(jdbcUrl, user, password, PoolSizes.of(poolSize), registry);
    }

    /** As above with both sizes given; {@code sizes.reads() == 0} makes reads share the transactions' pool. */
    public static Database open(String jdbcUrl, String user, String password, PoolSizes sizes, MeterRegistry registry) {
        HikariDataSource transactions = pool(jdbcUrl, user, password, sizes.transactions(), "sevasurge", registry);
        HikariDataSource reads = transactions;
        try {
            Flyway.configure()
                    .dataSource(transactions)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (sizes.reads() > 0) {
                reads = pool(jdbcUrl, user, password, sizes.reads(), "sevasurge-reads", registry);
            }
        } catch (RuntimeException e) {
            transactions.close();
            throw e;
        }
        return new Database(transactions, reads);
    }

    private static HikariDataSource pool(
            String jdbcUrl, String user, String password, int size, String name, MeterRegistry registry) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(4, size));
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setPoolName(name);
        config.setMetricRegistry(registry);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }

    /** The transactions' pool (the one Flyway migrated through). */
    public DataSource dataSource() {
        return transactions;
    }

    /**
     * A connection of the transactions' pool, for a caller that manages it itself (the readiness check): not of
     * the smaller reads' pool, so reads stuck behind a lock do not make the service look down.
     */
    public Connection connection() throws SQLException {
        return transactions.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = transactions.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Runs read-only {@code work} on a connection of the reads' pool in auto-commit mode: it must not write, and
     * it never waits behind a transaction for its connection.
     */
    public <T> T read(SqlWork<T> work) throws SQLException {
        try (Connection connection = reads.getConnection()) {
            return work.run(connection);
        }
    }

    @Override
    public void close() {
        if (reads != transactions) {
            reads.close();
        }
        transactions.close();
    }

    /** A unit of JDBC work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
