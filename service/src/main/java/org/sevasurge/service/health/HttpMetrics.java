package org.sevasurge.service.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;

/**
 * Times every request into {@code http.server.requests}, tagged by method, route template and status, so the
 * load generator's scrape can set server time beside client time. Every tag has few values: a method outside
 * the standard ones is tagged {@code OTHER}, a path that matched no route {@code unmatched}. Thread-safe.
 */
public final class HttpMetrics {

    private static final String START = "sevasurge.request.start.nanos";
    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");

    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        routes.after(this::record);
    }

    private void record(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null || ctx.path().equals("/metrics")) {
            return;
        }
        String route = routeOf(ctx);
        Timer.builder("http.server.requests")
                .tag("method", methodTag(ctx.method().name()))
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The method as a tag: one of the standard methods, or {@code OTHER}. */
    public static String methodTag(String method) {
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }

    /** The route template keeps the tag's values few ({@code /api/v1/applications/{no}}, not every number). */
    private static String routeOf(Context ctx) {
        try {
            io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            return matched == null ? "unmatched" : matched.path;
        } catch (RuntimeException unmatched) {
            return "unmatched";
        }
    }
}
