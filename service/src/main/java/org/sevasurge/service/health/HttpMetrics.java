package org.sevasurge.service.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http.server.requests}, tagged by method, route template and status, so the
 * load generator's scrape can set server time beside client time; and measures the CPU each request costs its
 * handling thread into {@code sevasurge.request.cpu} (tagged by method and route), so a run can say what each
 * journey costs the service in CPU, not only in time. Every tag has few values: a method outside the standard
 * ones is tagged {@code OTHER}, a path that matched no route {@code unmatched}. Thread-safe.
 *
 * <p>The handling thread's CPU leaves out what other threads do for the request (Jetty's selector reading the
 * body, garbage collection, the database's own process): the figures are what the handlers cost, and the
 * process's CPU beside them says how much the rest is.
 */
public final class HttpMetrics {

    private static final String START = "sevasurge.request.start.nanos";
    private static final String START_CPU = "sevasurge.request.start.cpu.nanos";
    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");

    private final MeterRegistry registry;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpuMeasured = threads.isCurrentThreadCpuTimeSupported();
    // Looked up once per tag combination: building and registering a meter on every request cost a measurable
    // share of the request plumbing in a results-day profile.
    private final ConcurrentMap<Answered, Timer> latencyTimers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Route, Timer> cpuTimers = new ConcurrentHashMap<>();

    /** A route as the tags name it. */
    private record Route(String method, String route) {}

    /** A route and the status it answered with. */
    private record Answered(Route route, int status) {}

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        if (cpuMeasured && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    public void register(RoutesConfig routes) {
        routes.before(ctx -> {
            ctx.attribute(START, System.nanoTime());
            if (cpuMeasured) {
                ctx.attribute(START_CPU, new ThreadCpu(Thread.currentThread(), threads.getCurrentThreadCpuTime()));
            }
        });
        routes.after(this::record);
    }

    /** The handling thread and its CPU time when the request reached the handlers. */
    private record ThreadCpu(Thread thread, long nanos) {}

    private void record(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null || ctx.path().equals("/metrics")) {
            return;
        }
        long elapsed = System.nanoTime() - start;
        Route route = new Route(methodTag(ctx.method().name()), routeOf(ctx));
        latencyTimer(new Answered(route, ctx.statusCode())).record(elapsed, TimeUnit.NANOSECONDS);
        ThreadCpu cpu = ctx.attribute(START_CPU);
        // Only when the same thread ran the whole request: another thread's clock would say nothing about it.
        if (cpu != null && cpu.thread() == Thread.currentThread()) {
            long used = threads.getCurrentThreadCpuTime() - cpu.nanos();
            if (used >= 0) {
                cpuTimer(route).record(used, TimeUnit.NANOSECONDS);
            }
        }
    }

    private Timer latencyTimer(Answered key) {
        return latencyTimers.computeIfAbsent(
                key,
                k -> Timer.builder("http.server.requests")
                        .tag("method", k.route().method())
                        .tag("route", k.route().route())
                        .tag("status", Integer.toString(k.status()))
                        .publishPercentileHistogram(false)
                        .register(registry));
    }

    private Timer cpuTimer(Route key) {
        return cpuTimers.computeIfAbsent(
                key,
                k -> Timer.builder("sevasurge.request.cpu")
                        .description("CPU time of the request's handling thread, from the first handler to the last")
                        .tag("method", k.method())
                        .tag("route", k.route())
                        .register(registry));
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
