package org.sevasurge.service.applications;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Locale;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.ProblemException;

/**
 * The application endpoints of API v1: submit, status, queues, field report and decision.
 */
public final class ApplicationRoutes {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final Database database;
    private final ApplicationRepository repository;
    private final Path spoolDirectory;

    public ApplicationRoutes(SubmissionService submissions, ReviewService reviews, Database database,
                             ApplicationRepository repository, Path spoolDirectory) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.database = database;
        this.repository = repository;
        this.spoolDirectory = spoolDirectory;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/applications", this::submit);
        routes.get("/api/v1/applications", this::queue);
        routes.get("/api/v1/applications/{no}", this::status);
        routes.post("/api/v1/applications/{no}/field-report", ctx -> ctx.json(
                reviews.fieldReport(ctx.pathParam("no"), ctx.bodyAsBytes())));
        routes.post("/api/v1/applications/{no}/decision", ctx -> ctx.json(
                reviews.decide(ctx.pathParam("no"), ctx.bodyAsBytes())));
    }

    private void submit(Context ctx) throws Exception {
        MultipartSubmission multipart = MultipartSubmission.read(ctx, spoolDirectory);
        SubmissionService.Submitted submitted = submissions.submit(ctx.header("Idempotency-Key"), multipart);
        ctx.status(201);
        ctx.header("Location", "/api/v1/applications/" + submitted.view().applicationNo());
        if (submitted.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.json(submitted.view());
    }

    private void status(Context ctx) throws Exception {
        String number = ctx.pathParam("no");
        ctx.json(database.read(c -> repository.find(c, number))
                .orElseThrow(() -> ProblemException.notFound("application " + number)));
    }

    private void queue(Context ctx) throws Exception {
        String centre = ctx.queryParam("centre");
        String district = ctx.queryParam("district");
        ApplicationStatus status = statusParam(ctx.queryParam("status"));
        int page = intParam(ctx, "page", 0, 0, 100_000);
        int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        var items = database.read(c -> repository.queue(c, centre, district, status, (long) page * size, size + 1));
        boolean hasMore = items.size() > size;
        ctx.json(new QueuePage(hasMore ? items.subList(0, size) : items, page, size, hasMore));
    }

    /** One page of a queue. */
    public record QueuePage(java.util.List<ApplicationSummary> items, int page, int size, boolean hasMore) {
    }

    private static ApplicationStatus statusParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(400, "status", "must be one of "
                    + java.util.Arrays.toString(ApplicationStatus.values()) + ", got '" + value + "'");
        }
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below with the accepted range
        }
        throw ProblemException.invalidField(400, name, "must be a whole number from " + min + " to " + max
                + ", got '" + value + "'");
    }
}
