package org.sevasurge.service.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;

/**
 * Bounds the requests in flight so that overload gets a fast {@code 503} with {@code Retry-After} instead of a
 * growing queue. Submissions (multipart, fsync, several SQL statements) have a tighter limit of their own so that
 * a submission storm cannot starve status checks. Which permit a request takes is decided by the route it matched
 * (so {@code /api/v1/applications/} is a submission too), and only once its body has arrived in full (see
 * {@link BodyReceiver}), so a slow client holds no permit. Health and metrics are never limited: an orchestrator
 * must still see the service while it sheds load. Thread-safe.
 */
public final class AdmissionControl {

    private static final String PERMITS = "sevasurge.admission.permits";
    private static final String SUBMISSION_ROUTE = "/api/v1/applications";

    private final int maxInFlight;
    private final int maxSubmissions;
    private final Semaphore all;
    private final Semaphore submissions;
    private final Counter rejected;
    private final RefusalWindow window;

    public AdmissionControl(int maxInFlight, int maxSubmissions, RefusalWindow window, MeterRegistry registry) {
        this.maxInFlight = maxInFlight;
        this.maxSubmissions = maxSubmissions;
        this.all = new Semaphore(maxInFlight);
        this.submissions = new Semaphore(maxSubmissions);
        this.window = window;
        this.rejected = Counter.builder("sevasurge.requests.rejected.overload")
                .description("requests answered 503 because too many were in flight")
                .register(registry);
        Gauge.builder("sevasurge.requests.in.flight", this, AdmissionControl::inFlight)
                .register(registry);
        Gauge.builder("sevasurge.submissions.in.flight", this, AdmissionControl::submissionsInFlight)
                .register(registry);
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched("/api/*", this::admit);
        routes.afterMatched("/api/*", this::release);
    }

    public int inFlight() {
        return maxInFlight - all.availablePermits();
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public int submissionsInFlight() {
        return maxSubmissions - submissions.availablePermits();
    }

    private void admit(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        boolean submission =
                endpoint != null && endpoint.method == HandlerType.POST && SUBMISSION_ROUTE.equals(endpoint.path);
        if (!all.tryAcquire()) {
            reject();
        }
        if (submission && !submissions.tryAcquire()) {
            all.release();
            reject();
        }
        window.accepted();
        ctx.attribute(PERMITS, submission ? 2 : 1);
    }

    private void release(Context ctx) {
        Integer permits = ctx.attribute(PERMITS);
        if (permits == null) {
            return;
        }
        ctx.attribute(PERMITS, null);
        if (permits == 2) {
            submissions.release();
        }
        all.release();
    }

    private void reject() {
        rejected.increment();
        window.refused();
        throw new ProblemException(
                Problem.of(
                        "/problems/overloaded",
                        "The service is overloaded",
                        503,
                        "too many requests are in flight; retry after the pause"),
                1);
    }
}
