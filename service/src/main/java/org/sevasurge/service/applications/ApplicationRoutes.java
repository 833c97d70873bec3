package org.sevasurge.service.applications;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sevasurge.service.auth.Credentials;
import org.sevasurge.service.auth.Officer;
import org.sevasurge.service.auth.Role;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.ProblemException;

/**
 * The application endpoints of API v1: submit (open to the centres), status (the citizen's access code or an
 * officer of the district), queues (officers, their own district), field report (an inspector of the district)
 * and decision (an approving officer of the district who did not file the report). Thread-safe, as the parts it
 * is given are.
 */
public record ApplicationRoutes(
        SubmissionService submissions,
        ReviewService reviews,
        Database database,
        ApplicationRepository repository,
        Path spoolDirectory,
        Credentials credentials,
        Catalogue catalogue,
        StatusAnswers statusAnswers) {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/applications", this::submit);
        routes.get("/api/v1/applications", this::queue);
        routes.get("/api/v1/applications/{no}", this::status);
        routes.post("/api/v1/applications/{no}/field-report", ctx -> {
            Officer inspector = credentials.require(ctx, Role.INSPECTOR);
            ctx.json(reviews.fieldReport(inspector, number(ctx), ctx.bodyAsBytes()));
        });
        routes.post("/api/v1/applications/{no}/decision", ctx -> {
            Officer officer = credentials.require(ctx, Role.APPROVER);
            ctx.json(reviews.decide(officer, number(ctx), ctx.bodyAsBytes()));
        });
    }

    /** The path's application number; one that cannot exist is 404 at once, without a query. */
    private static String number(Context ctx) {
        String number = ctx.pathParam("no");
        if (!ApplicationNumbers.isApplicationNo(number)) {
            throw ProblemException.notFound("application " + printable(number));
        }
        return number;
    }

    private static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private void submit(Context ctx) throws Exception {
        MultipartSubmission multipart = MultipartSubmission.read(ctx, spoolDirectory);
        SubmissionService.Submitted submitted = submissions.submit(ctx.header("Idempotency-Key"), multipart);
        ctx.status(201);
        ctx.header(
                "Location", "/api/v1/applications/" + submitted.view().summary().applicationNo());
        if (submitted.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.json(submitted.view());
    }

    /**
     * With an officer's token: any application of the officer's district. Otherwise the citizen's access code,
     * checked (one HMAC) before the database is asked.
     */
    private void status(Context ctx) throws Exception {
        String number = number(ctx);
        Officer officer = credentials.officer(ctx).orElse(null);
        if (officer == null) {
            credentials.requireAccessCode(ctx, number, "an application's status");
        }
        StatusAnswers.Answer answer = database.read(c -> statusAnswers.read(c, number))
                .orElseThrow(() -> ProblemException.notFound("application " + number));
        if (officer != null) {
            credentials.requireDistrict(officer, answer.district(), "application " + number);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(answer.json());
    }

    /** An officer's queue: their own district (the default), or one of its centres. */
    private void queue(Context ctx) throws Exception {
        Officer officer = credentials.requireOfficer(ctx);
        String district = ctx.queryParam("district");
        if (district == null || district.isBlank()) {
            district = officer.district();
        } else if (!catalogue.isDistrict(district)) {
            throw ProblemException.invalidField(400, "district", "unknown district '" + printable(district) + "'");
        }
        credentials.requireDistrict(officer, district, "the queue asked for");
        String centre = ctx.queryParam("centre");
        if (centre != null && !centre.isBlank()) {
            String centreDistrict = catalogue
                    .districtOfCentre(centre)
                    .orElseThrow(() -> ProblemException.invalidField(
                            400,
                            "centre",
                            "unknown centre '" + printable(centre) + "'; centres are LSK-0001" + " to LSK-"
                                    + String.format("%04d", catalogue.centreCount())));
            credentials.requireDistrict(officer, centreDistrict, "centre " + centre);
        }
        ApplicationStatus status = statusParam(ctx.queryParam("status"));
        int page = intParam(ctx, "page", 0, 0, 100_000);
        int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        String inDistrict = district;
        String atCentre = centre == null || centre.isBlank() ? null : centre;
        var items = database.read(c -> repository.queue(c, atCentre, inDistrict, status, (long) page * size, size + 1));
        boolean hasMore = items.size() > size;
        ctx.json(new QueuePage(hasMore ? items.subList(0, size) : items, page, size, hasMore));
    }

    /** One page of a queue. */
    public record QueuePage(java.util.List<ApplicationSummary> items, int page, int size, boolean hasMore) {}

    private static @Nullable ApplicationStatus statusParam(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    400,
                    "status",
                    "must be one of " + java.util.Arrays.toString(ApplicationStatus.values()) + ", got '"
                            + printable(value) + "'");
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
        throw ProblemException.invalidField(
                400, name, "must be a whole number from " + min + " to " + max + ", got '" + printable(value) + "'");
    }
}
