package org.sevasurge.service.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.external.DependencyClient;
import org.sevasurge.service.external.DependencyUnavailable;
import org.sevasurge.service.external.ExternalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: one background thread claims due rows ({@code FOR UPDATE SKIP LOCKED}, so several
 * service instances share the work), sends each to its gateway and marks it sent, or schedules the next
 * attempt with exponential backoff (0.5 s doubling, at most 30 s). Publishes the backlog and the age of its
 * oldest entry. Delivery is at least once: a message whose answer was lost after it was acted on is sent
 * again. Thread-safe.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 20;
    private static final Duration IDLE_PAUSE = Duration.ofMillis(200);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final Database database;
    private final Optional<DependencyClient> sms;
    private final Optional<DependencyClient> digiLocker;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long backlog;
    private volatile double oldestAgeSeconds;

    private record Row(long id, Outbox.Kind kind, String payload, int attempts) {}

    public OutboxWorker(Database database, ExternalServices services, MeterRegistry registry) {
        this.database = database;
        this.sms = services.sms();
        this.digiLocker = services.digiLocker();
        Gauge.builder("sevasurge.outbox.backlog", this, w -> w.backlog)
                .description("messages not yet sent")
                .register(registry);
        Gauge.builder("sevasurge.outbox.oldest.age", this, w -> w.oldestAgeSeconds)
                .baseUnit("seconds")
                .description("age of the oldest message not yet sent")
                .register(registry);
        this.thread = new Thread(this::run, "outbox");
        thread.setDaemon(true);
        if (services.enabled()) {
            thread.start();
        }
    }

    public long backlog() {
        return backlog;
    }

    /** One pass over the due rows; returns how many were sent. */
    public int sendDue() throws SQLException {
        int sent = database.inTransaction(c -> {
            int count = 0;
            for (Row row : claim(c)) {
                Optional<String> error = send(row);
                if (error.isEmpty()) {
                    markSent(c, row.id());
                    count++;
                } else {
                    reschedule(c, row, error.get());
                }
            }
            return count;
        });
        measureBacklog();
        return sent;
    }

    private void run() {
        while (running) {
            try {
                if (sendDue() == 0) {
                    Thread.sleep(IDLE_PAUSE.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("outbox pass failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private List<Row> claim(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, payload::text, attempts FROM outbox"
                + " WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
            ps.setInt(1, BATCH);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(
                            rs.getLong(1), Outbox.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)));
                }
            }
            return rows;
        }
    }

    /** Empty when sent; otherwise why not. */
    private Optional<String> send(Row row) {
        Optional<DependencyClient> client = row.kind() == Outbox.Kind.SMS ? sms : digiLocker;
        if (client.isEmpty()) {
            return Optional.of("no " + row.kind() + " gateway configured");
        }
        String path = row.kind() == Outbox.Kind.SMS ? "/sms/v1/messages" : "/digilocker/v1/documents";
        try {
            HttpResponse<byte[]> response = client.get()
                    .send(client.get()
                            .request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(row.payload()))
                            .build());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("answered " + status);
        } catch (DependencyUnavailable e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void markSent(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox SET sent_at = now(), attempts = attempts + 1," + " last_error = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void reschedule(Connection c, Row row, String error) throws SQLException {
        long backoff = Math.min(MAX_BACKOFF_MILLIS, 500L << Math.min(row.attempts(), 16));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?," + " next_attempt_at = ? WHERE id = ?")) {
            ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
            ps.setTimestamp(2, new Timestamp(System.currentTimeMillis() + backoff));
            ps.setLong(3, row.id());
            ps.executeUpdate();
        }
    }

    private void measureBacklog() throws SQLException {
        database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT count(*),"
                                    + " coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox WHERE sent_at IS NULL");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                backlog = rs.getLong(1);
                oldestAgeSeconds = rs.getDouble(2);
                return null;
            }
        });
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
