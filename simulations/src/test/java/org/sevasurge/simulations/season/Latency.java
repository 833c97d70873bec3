package org.sevasurge.simulations.season;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.sevasurge.simulations.recording.RequestLatency;

import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The hook from Gatling into Seva Surge's own latency recorder, measured in the journey itself: an
 * {@code exec} stores {@link System#nanoTime()} in the session just before the request; the request's
 * <em>first</em> check (a {@code status()} check with {@code transformWithSession}, which Gatling runs as soon as
 * the response is complete) records the elapsed time in microseconds as success or failure; an {@code exec}
 * after the request records a failure for requests that got no response at all (connection refused, timeout),
 * where no check runs. Gatling's {@code responseTimeInMillis()} would only give milliseconds.
 *
 * <p>Cost per request: two session updates and one wait-free HdrHistogram record.
 */
final class Latency {
    static final String STATUS = "sevasurge.status";
    private static final String STARTED = "sevasurge.startedNanos";

    private Latency() {
    }

    /**
     * @param latency        where to record, or null to add no hook (bare Gatling, for the overhead baseline)
     * @param expectedStatus the status that counts as success
     * @param request        the request, without checks
     * @param checks         further checks, evaluated after the recording one
     * @return start, request (recording check first, then the status check, then {@code checks}), end
     */
    static ChainBuilder timed(RequestLatency latency, int expectedStatus, HttpRequestActionBuilder request,
                              CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>();
        if (latency == null) {
            all.add(status().saveAs(STATUS));
            all.add(status().is(expectedStatus));
            all.addAll(List.of(checks));
            return exec(request.check(all));
        }
        all.add(record(latency, expectedStatus));
        all.add(status().is(expectedStatus));
        all.addAll(List.of(checks));
        return exec(Latency::start).exec(request.check(all)).exec(session -> end(session, latency));
    }

    static Session start(Session session) {
        return session.set(STARTED, System.nanoTime()).remove(STATUS);
    }

    static CheckBuilder record(RequestLatency latency, int expectedStatus) {
        return status().transformWithSession((code, session) -> {
            latency.record((System.nanoTime() - session.getLong(STARTED)) / 1_000, code == expectedStatus);
            return code;
        }).saveAs(STATUS);
    }

    static Session end(Session session, RequestLatency latency) {
        if (!session.contains(STATUS)) {
            latency.record((System.nanoTime() - session.getLong(STARTED)) / 1_000, false);
        }
        return session;
    }
}
