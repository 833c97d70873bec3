package org.sevasurge.service.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every failure as {@code application/problem+json}: the service's own {@link ProblemException}s,
 * pool exhaustion (503), a full disk (507) and anything unexpected (500, logged).
 */
public final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** PostgreSQL's SQLSTATE for "disk full". */
    private static final String DISK_FULL = "53100";

    private ProblemResponses() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem(), e.retryAfterSeconds()));
        routes.exception(SQLTransientConnectionException.class, (e, ctx) -> write(ctx,
                Problem.of("/problems/overloaded", "The service is overloaded", 503,
                        "no database connection became free in time; retry after the pause")
                        .withDependency("database"), 1));
        routes.exception(SQLException.class, (e, ctx) -> {
            if (DISK_FULL.equals(e.getSQLState())) {
                write(ctx, DiskFull.problem("database", "the database volume is full"), DiskFull.RETRY_AFTER_SECONDS);
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
        routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        routes.error(404, ctx -> {
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, Problem.of("/problems/not-found", "Not found", 404, "no such resource: " + ctx.path()), null);
            }
        });
        routes.error(405, ctx -> write(ctx, Problem.of("/problems/method-not-allowed", "Method not allowed", 405,
                ctx.method() + " is not allowed on " + ctx.path()), null));
    }

    public static void write(Context ctx, Problem problem, Integer retryAfterSeconds) {
        ctx.status(problem.status());
        if (retryAfterSeconds != null) {
            ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(Json.bytes(problem));
    }

    private static void unexpected(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        write(ctx, Problem.of("/problems/internal", "Internal error", 500,
                "the service failed to handle the request; it has been logged"), null);
    }
}
