package org.sevasurge.simulations.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGenerator;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import org.sevasurge.simulations.run.LoadRun;

/**
 * The control scenario of every simulation, one virtual user injected at the same instant as the journeys' first
 * arrivals: it starts the plan's clock ({@link LoadRun#start}) there, not earlier (a JVM still loading the
 * simulation's classes would make the first seconds look like an injector behind its schedule), then every
 * {@value #POLL_MILLIS} ms looks for the orchestrator's stop file until the plan ends; when the file
 * appears (a staircase has failed a step, nothing above it can pass) it stops Gatling's load generator, and the
 * run ends normally with what it recorded. Also the loopback HTTP protocol every simulation uses. Stateless.
 */
public final class Control {
    static final long POLL_MILLIS = 250;

    private Control() {}

    /** @return the control chain of {@code run} */
    public static ChainBuilder clock(LoadRun run) {
        double total = run.plan().totalSeconds();
        return exec(session -> {
                    run.start();
                    return session;
                })
                .asLongAs(session -> run.stopRequested() == null && run.secondsSinceStart() < total)
                .on(pause(Duration.ofMillis(POLL_MILLIS)))
                .doIf(session -> run.stopRequested() != null)
                .then(stopLoadGenerator(session -> "the orchestrator stopped the load: " + run.stopRequested()));
    }

    /**
     * @return the HTTP protocol to the run's target: no warm-up call (Gatling's goes to a public site), pooled
     * connections shared by all virtual users (as a centre's proxy would)
     */
    public static HttpProtocolBuilder protocol(LoadRun run) {
        return protocol(run.settings().target());
    }

    /** @return the HTTP protocol to {@code target}, as {@link #protocol(LoadRun)} describes */
    static HttpProtocolBuilder protocol(URI target) {
        return http.baseUrl(target.toString())
                .disableWarmUp()
                .shareConnections()
                .acceptHeader("application/json")
                .userAgentHeader("sevasurge-simulations");
    }
}
