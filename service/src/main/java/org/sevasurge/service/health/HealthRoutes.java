package org.sevasurge.service.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.RefusalWindow;
import org.sevasurge.service.promises.BrokenPromises;
import org.sevasurge.service.storage.StorageGuard;
import org.sevasurge.service.storage.StorageLevel;
import org.sevasurge.service.storage.VolumeStatus;

/**
 * Liveness, readiness (database reachable; storage levels and free bytes; not refusing most of its work),
 * Prometheus metrics and the OpenAPI description. None of them passes admission control: they must answer while
 * the service sheds load.
 */
public final class HealthRoutes {

    private static final int DATABASE_CHECK_SECONDS = 2;
    /** Readiness turns 503 when more than this share of API requests was refused for overload... */
    private static final double SHEDDING_SHARE = 0.5;
    /** ...and at least this many were, so that a single refusal on an idle service does not flip it. */
    private static final long SHEDDING_MIN_REFUSED = 20;

    private final Database database;
    private final StorageGuard storageGuard;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;
    private final RefusalWindow refusals;
    private final BrokenPromises brokenPromises;

    public HealthRoutes(
            Database database, StorageGuard storageGuard, RefusalWindow refusals, PrometheusMeterRegistry registry)
            throws IOException {
        this(database, storageGuard, refusals, registry, BrokenPromises.none());
    }

    /** As above; readiness lists the promises a test told this instance to break, so no run misses them. */
    public HealthRoutes(
            Database database,
            StorageGuard storageGuard,
            RefusalWindow refusals,
            PrometheusMeterRegistry registry,
            BrokenPromises brokenPromises)
            throws IOException {
        this.refusals = refusals;
        this.brokenPromises = brokenPromises;
        this.database = database;
        this.storageGuard = storageGuard;
        this.registry = registry;
        try (InputStream in = HealthRoutes.class.getResourceAsStream("/openapi.yaml")) {
            this.openApi = in == null ? new byte[0] : in.readAllBytes();
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/health/ready", this::ready);
        routes.get("/metrics", ctx -> {
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
            ctx.result(registry.scrape());
        });
        routes.get("/openapi.yaml", ctx -> {
            ctx.contentType("application/yaml");
            ctx.result(openApi);
        });
    }

    /**
     * 200 while the service can serve reads: {@code UP}, or {@code DEGRADED} when a volume is past its high
     * watermark (submissions may be refused). 503 with a {@code reason} when the database does not answer
     * ({@code DOWN}) or when most API requests of the last 10 s were refused for overload ({@code SHEDDING}), so that
     * a load balancer sends the work elsewhere.
     */
    private void ready(Context ctx) {
        boolean databaseUp = databaseAnswers();
        StorageLevel level = storageGuard.worstLevel();
        RefusalWindow.Counts counts = refusals.counts();
        boolean shedding = counts.refused() >= SHEDDING_MIN_REFUSED && counts.refusedShare() > SHEDDING_SHARE;
        Map<String, Object> body = new LinkedHashMap<>();
        String status = !databaseUp
                ? "DOWN"
                : shedding ? "SHEDDING" : level.compareTo(StorageLevel.HIGH) >= 0 ? "DEGRADED" : "UP";
        body.put("status", status);
        if (!databaseUp) {
            body.put("reason", "the database does not answer");
        } else if (shedding) {
            body.put(
                    "reason",
                    String.format(
                            "refusing most work: %d of the %d API requests of the last 10 s were"
                                    + " refused for overload (%.0f%%)",
                            counts.refused(), counts.accepted() + counts.refused(), 100 * counts.refusedShare()));
        }
        body.put("database", databaseUp ? "UP" : "DOWN");
        body.put("submissionsAccepted", databaseUp && !shedding && level != StorageLevel.FLOOD);
        List<Map<String, Object>> volumes =
                storageGuard.statuses().stream().map(HealthRoutes::volume).toList();
        body.put("volumes", volumes);
        if (brokenPromises.any()) {
            body.put("brokenPromises", brokenPromises.names());
            body.put("warning", brokenPromises.warning());
        }
        ctx.status(databaseUp && !shedding ? 200 : 503);
        ctx.json(body);
    }

    private static Map<String, Object> volume(VolumeStatus v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", v.name());
        map.put("level", v.level());
        map.put("freeBytes", v.usableBytes());
        map.put("totalBytes", v.totalBytes());
        map.put("usedPercent", Math.round(v.usedPercent() * 10) / 10.0);
        return map;
    }

    private boolean databaseAnswers() {
        try (Connection c = database.connection()) {
            return c.isValid(DATABASE_CHECK_SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
