package org.sevasurge.service.external;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few seconds, retries the fees still {@code PENDING} (the gateway was down at submission, or the
 * service crashed before it asked), oldest first, with the same idempotency key as the first attempt.
 * Applications younger than {@link #GRACE} are left to the submission's own call. Thread-safe.
 */
public final class FeeReconciler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeeReconciler.class);
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final int BATCH = 50;

    private final Database database;
    private final FeeCollector collector;
    private final Catalogue catalogue;
    private final ScheduledExecutorService timer;

    public FeeReconciler(Database database, FeeCollector collector, Catalogue catalogue, Duration interval) {
        this.database = database;
        this.collector = collector;
        this.catalogue = catalogue;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fee-reconciler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                this::reconcileQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass; returns how many fees were settled (paid or declined). */
    public int reconcile() throws SQLException {
        record Pending(String applicationNo, String serviceCode) {}
        List<Pending> pending = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT application_no, service_code FROM applications"
                    + " WHERE fee_status = 'PENDING' AND submitted_at < now() - make_interval(secs => ?)"
                    + " ORDER BY submitted_at LIMIT ?")) {
                ps.setLong(1, GRACE.toSeconds());
                ps.setInt(2, BATCH);
                List<Pending> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Pending(rs.getString(1), rs.getString(2)));
                    }
                }
                return rows;
            }
        });
        int settled = 0;
        for (Pending p : pending) {
            int fee = catalogue.service(p.serviceCode()).map(s -> s.feePaise()).orElse(0);
            FeeCollector.Outcome outcome = collector.collect(p.applicationNo(), fee);
            if (outcome == FeeCollector.Outcome.PENDING) {
                break;
            }
            settled++;
        }
        return settled;
    }

    private void reconcileQuietly() {
        try {
            int settled = reconcile();
            if (settled > 0) {
                LOG.info("reconciled {} pending fees", settled);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("fee reconciliation failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
