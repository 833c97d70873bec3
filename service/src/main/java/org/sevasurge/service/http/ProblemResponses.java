package org.sevasurge.service.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every failure as {@code application/problem+json}: the service's own {@link ProblemException}s,
 * Javalin's ({@code 405} with {@code Allow}, {@code 413}), pool exhaustion (503), a full disk (507), text that
 * PostgreSQL cannot store (400) and anything unexpected (500, logged). A client that hung up is not a failure of
 * the service: it is answered {@code 499} in the metrics (no one reads the answer), counted in
 * {@code sevasurge_requests_client_closed_total{phase="handler"}} and logged at debug level without a stack trace.
 * Thread-safe.
 */
public final class ProblemResponses {

    /** What the metrics record for a request whose client hung up (nginx's and Javalin's convention). */
    public static final int CLIENT_CLOSED = 499;

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** PostgreSQL's SQLSTATE for "disk full". */
    private static final String DISK_FULL = "53100";
    /** PostgreSQL's SQLSTATEs for text it cannot store: NUL ({@code \u0000}), invalid characters. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22P05", "22021");
    /**
     * PostgreSQL's SQLSTATEs for a server going away or not there: its shutdown (admin, crash) and not accepting
     * connections yet; with class {@code 08} (connection exceptions) the database is unavailable, not the request
     * wrong, so the client is told to come back (503), not that the service broke (500).
     */
    private static final Set<String> DATABASE_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private final Counter clientClosed;

    public ProblemResponses(MeterRegistry registry) {
        this.clientClosed = Counter.builder("sevasurge.requests.client.closed")
                .tag("phase", "handler")
                .description("requests whose client hung up while the service worked on them")
                .register(registry);
    }

    public void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            write(ctx, e.problem(), e.retryAfterSeconds());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> javalin(ctx, e));
        routes.exception(
                SQLTransientConnectionException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of(
                                        "/problems/overloaded",
                                        "The service is overloaded",
                                        503,
                                        "no database connection became free in time; retry after the pause")
                                .withDependency("database"),
                        1));
        routes.exception(SQLException.class, (e, ctx) -> {
            if (DISK_FULL.equals(e.getSQLState())) {
                write(ctx, DiskFull.problem("database", "the database volume is full"), DiskFull.RETRY_AFTER_SECONDS);
            } else if (databaseUnavailable(e.getSQLState())) {
                databaseUnavailable(ctx);
            } else if (UNSTORABLE_TEXT.contains(e.getSQLState())) {
                write(
                        ctx,
                        Problem.of(
                                "/problems/invalid-request",
                                "The request is not valid",
                                400,
                                "a text value holds a character that cannot be stored (such as U+0000)"),
                        null);
            } else {
                unexpected(ctx, e);
            }
        });
        routes.exception(IOException.class, (e, ctx) -> {
            if (DiskFull.isNoSpace(e)) {
                write(ctx, DiskFull.problem("documents", "the document volume is full"), DiskFull.RETRY_AFTER_SECONDS);
            } else {
                unexpected(ctx, e);
            }
        });
        routes.exception(Exception.class, this::unexpected);
        routes.error(404, ctx -> {
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                write(
                        ctx,
                        Problem.of("/problems/not-found", "Not found", 404, "no such resource: " + ctx.path()),
                        null);
            }
        });
    }

    private static void databaseUnavailable(Context ctx) {
        write(
                ctx,
                Problem.of(
                                "/problems/dependency-unavailable",
                                "The database is unavailable",
                                503,
                                "the database cannot be reached; retry after the pause")
                        .withDependency("database"),
                1);
    }

    /**
     * @return whether {@code e} or one of its causes is the database going away: code that wraps a statement's
     *     failure (a certificate issued inside a decision) must not turn an outage into a 500
     */
    static boolean causedByDatabaseOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql && databaseUnavailable(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static boolean databaseUnavailable(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || DATABASE_GOING_AWAY.contains(sqlState));
    }

    public static void write(Context ctx, Problem problem, Integer retryAfterSeconds) {
        ctx.status(problem.status());
        if (retryAfterSeconds != null) {
            ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(Json.bytes(problem));
    }

    /** Javalin's own answers (405, 413, ...), as problems; a 405 names the allowed methods in {@code Allow}. */
    private static void javalin(Context ctx, HttpResponseException e) {
        int status = e.getStatus();
        String reason = HttpStatus.getMessage(status);
        if (status == 405) {
            Set<String> allowed = new LinkedHashSet<>();
            for (String methods : e.getDetails().values()) {
                for (String method : methods.split(",\\s*")) {
                    allowed.add(method);
                    if (method.equals("GET")) {
                        allowed.add("HEAD");
                    }
                }
            }
            ctx.header("Allow", String.join(", ", allowed));
            write(
                    ctx,
                    Problem.of(
                            "/problems/method-not-allowed",
                            "Method not allowed",
                            405,
                            HttpMetricsSafe.method(ctx) + " is not allowed on " + ctx.path() + "; allowed: "
                                    + String.join(", ", allowed)),
                    null);
            return;
        }
        String type = status == 413
                ? "/problems/too-large"
                : "/problems/" + reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        write(
                ctx,
                Problem.of(
                        type,
                        reason,
                        status,
                        status == 413
                                ? "the request body is larger than this route accepts (" + BodyReceiver.MAX_JSON_BYTES
                                        + " bytes)"
                                : reason),
                null);
    }

    private void unexpected(Exception e, Context ctx) {
        unexpected(ctx, e);
    }

    private void unexpected(Context ctx, Exception e) {
        if (isClientGone(e)) {
            clientClosed.increment();
            LOG.debug("{} {}: the client hung up ({})", HttpMetricsSafe.method(ctx), ctx.path(), e.toString());
            ctx.status(CLIENT_CLOSED);
            return;
        }
        if (causedByDatabaseOutage(e)) {
            LOG.warn("{} {}: the database went away ({})", HttpMetricsSafe.method(ctx), ctx.path(), e.toString());
            databaseUnavailable(ctx);
            return;
        }
        LOG.error("{} {} failed", HttpMetricsSafe.method(ctx), ctx.path(), e);
        write(
                ctx,
                Problem.of(
                        "/problems/internal",
                        "Internal error",
                        500,
                        "the service failed to handle the request; it has been logged"),
                null);
    }

    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    /** The request's method as safe to print: a hostile one can be kilobytes of anything. */
    static final class HttpMetricsSafe {
        private HttpMetricsSafe() {}

        static String method(Context ctx) {
            String method = ctx.req().getMethod();
            return method.length() <= 16 && method.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? method : "OTHER";
        }
    }
}
