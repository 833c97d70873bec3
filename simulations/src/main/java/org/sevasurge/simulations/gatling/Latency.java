package org.sevasurge.simulations.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.recording.RequestRecorder;

/**
 * The hook from Gatling into Seva Surge's own recording, measured in the journey itself: an {@code exec} stores
 * {@link System#nanoTime()} in the session just before the request; the request's <em>first</em> check (a
 * {@code status()} check with {@code transformWithSession}, which Gatling runs as soon as the response is
 * complete) records the elapsed time in microseconds and the status; an {@code exec} after the request records
 * requests that got no response at all (connection refused, timeout) as status 0, where no check runs. Gatling's
 * {@code responseTimeInMillis()} would only give milliseconds.
 *
 * <p>Cost per request: two session updates, one wait-free HdrHistogram record and one counter increment.
 */
public final class Latency {
    /** The HTTP status of the last timed request (absent when it got no answer). */
    public static final SessionKey<Integer> STATUS = SessionKey.of("sevasurgeStatus", Integer.class);

    private static final SessionKey<Long> STARTED = SessionKey.of("sevasurgeStartedNanos", Long.class);

    private Latency() {}

    /**
     * @param recorder       where to record, or null to add no hook (bare Gatling, or an unmeasured seeding phase)
     * @param expectedStatus the status that counts as success
     * @param request        the request, without checks
     * @param checks         further checks, evaluated after the recording one
     * @return start, request (recording check first, then the status check, then {@code checks}), end
     */
    public static ChainBuilder timed(
            @Nullable RequestRecorder recorder,
            int expectedStatus,
            HttpRequestActionBuilder request,
            CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>();
        all.add(recorder == null ? status().saveAs(STATUS.name()) : record(recorder, code -> code == expectedStatus));
        all.add(status().is(expectedStatus));
        all.addAll(List.of(checks));
        if (recorder == null) {
            return exec(STATUS::remove).exec(request.check(all));
        }
        return exec(Latency::start).exec(request.check(all)).exec(session -> end(session, recorder));
    }

    /** Like {@link #timed} for a request whose success is any status that {@code success} accepts. */
    public static ChainBuilder timed(RequestRecorder recorder, IntPredicate success, HttpRequestActionBuilder request) {
        return exec(Latency::start)
                .exec(request.check(record(recorder, success)))
                .exec(session -> end(session, recorder));
    }

    /** @return how long ago the last timed request of {@code session} was sent, microseconds (0 if none was) */
    public static long sinceStartMicros(Session session) {
        return STARTED.in(session) ? (System.nanoTime() - STARTED.get(session)) / 1_000 : 0;
    }

    static Session start(Session session) {
        return STATUS.remove(STARTED.set(session, System.nanoTime()));
    }

    static CheckBuilder record(RequestRecorder recorder, IntPredicate success) {
        return status().transformWithSession((code, session) -> {
                    recorder.record((System.nanoTime() - STARTED.get(session)) / 1_000, code, success.test(code));
                    return code;
                })
                .saveAs(STATUS.name());
    }

    static Session end(Session session, RequestRecorder recorder) {
        if (!STATUS.in(session)) {
            recorder.record((System.nanoTime() - STARTED.get(session)) / 1_000, 0, false);
        }
        return session;
    }
}
