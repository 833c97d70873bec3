package org.sevasurge.service.storage;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.documents.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service's data costs on disk, for capacity planners' storage runway: the bytes of new documents written
 * to the document volume ({@code sevasurge_documents_written_bytes_total}, a counter since start) and the size of
 * the database ({@code sevasurge_database_size_bytes}, {@code pg_database_size} read on a timer, never per request).
 * Thread-safe; close it to stop the timer.
 */
public final class StorageUsage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorageUsage.class);
    private static final String SIZE_QUERY = "SELECT pg_database_size(current_database())";

    private final Database database;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "storage-usage");
        thread.setDaemon(true);
        return thread;
    });
    private volatile double databaseBytes = Double.NaN;

    /** Registers both metrics and reads the database's size every {@code interval}. */
    public StorageUsage(Database database, DocumentStore documents, Duration interval, MeterRegistry registry) {
        this.database = database;
        FunctionCounter.builder("sevasurge.documents.written.bytes", documents, DocumentStore::writtenBytes)
                .baseUnit("bytes")
                .description("bytes of new documents written to the document volume since start")
                .register(registry);
        Gauge.builder("sevasurge.database.size.bytes", this, usage -> usage.databaseBytes)
                .baseUnit("bytes")
                .description("pg_database_size of the service's database")
                .register(registry);
        refresh();
        timer.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            databaseBytes = database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(SIZE_QUERY);
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    return (double) result.getLong(1);
                }
            });
        } catch (SQLException | RuntimeException e) {
            LOG.debug("cannot read the database size: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
