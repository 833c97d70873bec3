package org.sevasurge.simulations.request;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sevasurge.simulations.gatling.Control;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.plan.StaircasePlans;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.run.LoadRun;
import org.sevasurge.simulations.run.RunSettings;

/**
 * One staircase of a capacity search of a single HTTP request against any target ({@code staircase.json} names
 * the method, path, body, headers and SLO): open arrivals at each step's rate, each held for the same time. A
 * response with a status below 400 counts as a success.
 *
 * <p>How to run: {@code ./sevasurge capacity --target URL --request 'GET /path' --slo 'p95=50ms,p99=100ms,errors=0.1%'}.
 */
public class RequestSimulation extends Simulation {
    private final RunSettings settings = RunSettings.fromSystemProperties();
    private final StaircaseSpec spec =
            StaircaseSpec.read(settings.runsDir().resolve(settings.runId()).resolve("staircase.json"));
    private final LoadRun run =
            LoadRun.prepare(settings, StaircasePlans.request(spec), List.of(StaircasePlans.REQUEST), null);

    {
        List<OpenInjectionStep> steps = new ArrayList<>();
        for (double rate : spec.rates()) {
            steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(spec.holdSeconds())));
        }
        setUp(
                        scenario("one request")
                                .exec(session -> {
                                    run.arrivals().arrived(StaircasePlans.REQUEST);
                                    return session;
                                })
                                .exec(Latency.timed(
                                        run.request(StaircasePlans.REQUEST),
                                        code -> code >= 200 && code < 400,
                                        request()))
                                .injectOpen(steps),
                        scenario("plan clock").exec(exec(Control.clock(run))).injectOpen(atOnceUsers(1)))
                .protocols(Control.protocol(run));
    }

    private HttpRequestActionBuilder request() {
        StaircaseSpec.RequestSpec request = spec.request();
        HttpRequestActionBuilder builder = http(StaircasePlans.REQUEST).httpRequest(request.method(), request.path());
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder = builder.header(header.getKey(), header.getValue());
        }
        if (request.body() != null) {
            try {
                builder = builder.body(ByteArrayBody(Files.readAllBytes(request.body())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the request body " + request.body(), e);
            }
        }
        return builder;
    }

    @Override
    public void after() {
        run.finish();
    }
}
