package org.sevasurge.service.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the requests in flight so that overload gets a fast {@code 503} with {@code Retry-After} instead of a
 * growing queue. Submissions (multipart, fsync, several SQL statements) have a tighter limit of their own so that
 * a submission storm cannot starve status checks. Which permit a request takes is decided by the route it matched
 * (so {@code /api/v1/applications/} is a submission too), and only once its body has arrived in full (see
 * {@link BodyReceiver}), so a slow client holds no permit. Health and metrics are never limited: an orchestrator
 * must still see the service while it sheds load. Thread-safe.
 *
 * <p>Publishes {@code sevasurge_requests_in_flight}, {@code sevasurge_submissions_in_flight} and
 * {@code sevasurge_requests_waiting}: requests waiting for a permit, always 0 unless a test broke the bound
 * ({@code --break-promise unbounded-request-queue}), when it is the queue the bound exists to prevent.
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
    private final boolean bounded;
    private final AtomicInteger waiting = new AtomicInteger();

    public AdmissionControl(int maxInFlight, int maxSubmissions, RefusalWindow window, MeterRegistry registry) {
        this(maxInFlight, maxSubmissions, window, registry, true);
    }

    /**
     * @param bounded false only for a test that must see the overload check fail: past the limits, requests wait
     *                for a permit instead of a fast 503 (see {@code BrokenPromise.UNBOUNDED_REQUEST_QUEUE})
     */
    public AdmissionControl(
            int maxInFlight, int maxSubmissions, RefusalWindow window, MeterRegistry registry, boolean bounded) {
        this.bounded = bounded;
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
        Gauge.builder("sevasurge.requests.waiting", waiting, AtomicInteger::get)
                .description("requests waiting for an admission permit (0 unless the bound is broken on purpose)")
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
        if (!bounded) {
            await(submission);
        } else {
            if (!all.tryAcquire()) {
                reject();
            }
            if (submission && !submissions.tryAcquire()) {
                all.release();
                reject();
            }
        }
        window.accepted();
        ctx.attribute(PERMITS, submission ? 2 : 1);
    }

    /** The broken bound: the request holds its thread until permits come free, however long that takes. */
    private void await(boolean submission) {
        waiting.incrementAndGet();
        try {
            all.acquireUninterruptibly();
            if (submission) {
                submissions.acquireUninterruptibly();
            }
        } finally {
            waiting.decrementAndGet();
        }
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
