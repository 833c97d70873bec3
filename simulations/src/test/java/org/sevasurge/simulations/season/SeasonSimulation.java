package org.sevasurge.simulations.season;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.WorkloadPlan;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.recording.RequestLatency;
import org.sevasurge.simulations.run.LoadRun;
import org.sevasurge.simulations.workload.ApplicationRegistry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.sevasurge.simulations.calendar.InjectionPlanner.steps;

/**
 * The admission season against a certificate service: centre operators submit applications with documents
 * (a closed population), citizens poll status and download certificates, officers work the queue (field report,
 * decision), colleges verify certificates (open arrivals). Rates, steps and SLOs come from the season calendar's
 * profile ({@code -Dsevasurge.profile=smoke|season|results-day|soak}); Seva Surge records its own latency logs,
 * ack ledger and metrics into {@code target/sevasurge/runs/<run-id>/}, reads every acknowledged application back
 * after the load, and prints a summary. An SLO breach or a broken ledger fails the run through Gatling's assertions.
 *
 * <p>How to run (an embedded testbed, or a service already listening):
 * <pre>
 * mvn -f simulations/pom.xml gatling:test -Dsevasurge.profile=smoke
 * mvn -f simulations/pom.xml gatling:test -Dsevasurge.target=http://127.0.0.1:8080 -Dsevasurge.profile=smoke
 * </pre>
 */
public class SeasonSimulation extends Simulation {

    // Parameters: system properties with defaults (see RunSettings), the calendar's profile and its plan; the
    // system under test is started here when sevasurge.target=embedded, else checked for readiness.
    private final SystemUnderTest system = SystemUnderTest.fromSystemProperties();
    private final LoadRun run = LoadRun.prepare(system.settings());
    private final WorkloadPlan plan = run.plan();
    private final ApplicationRegistry registry = run.registry();
    private final boolean recording = run.settings().recording();
    private final double thinkSeconds = plan.calendar().operators().thinkSeconds();
    private final int maxAttempts = plan.calendar().operators().maxAttempts();
    private final long maxRetryAfterMillis = (long) (plan.calendar().operators().maxRetryAfterSeconds() * 1000);

    // Protocol: loopback service, no warm-up call to the internet, pooled connections (a centre's proxy).
    private final HttpProtocolBuilder protocol = http.baseUrl(run.settings().target().toString())
            .disableWarmUp()
            .shareConnections()
            .acceptHeader("application/json")
            .userAgentHeader("sevasurge-simulations");

    // Journeys.
    private final ChainBuilder submitApplication = exec(session -> {
        run.operatorBusy();
        return session;
    }).pause(session -> thinkTime())
            .exec(session -> {
                var submission = run.nextSubmission();
                run.arrivals().arrived(Journey.SUBMIT);
                return session.set(SubmitRequests.SUBMISSION, submission)
                        .set(SubmitRequests.DOCUMENT_COUNT, submission.documentCount()).set(SubmitRequests.ATTEMPT, 0).set(SubmitRequests.DONE, false);
            })
            .asLongAs(session -> !session.getBoolean(SubmitRequests.DONE)).on(
                    exec(session -> session.set(SubmitRequests.ATTEMPT, session.getInt(SubmitRequests.ATTEMPT) + 1)
                            .removeAll(SubmitRequests.APPLICATION_NO, SubmitRequests.SERVER_HASH, SubmitRequests.RETRY_AFTER))
                            .doSwitch(session -> session.getInt(SubmitRequests.DOCUMENT_COUNT))
                            .on(SubmitRequests.byDocumentCount(latency(RequestName.SUBMIT)))
                            .exec(session -> SubmitRequests.afterAttempt(session, run, maxAttempts, maxRetryAfterMillis))
                            .doIf(session -> session.contains(SubmitRequests.RETRY_IN_MILLIS))
                            .then(pause(session -> Duration.ofMillis(session.getLong(SubmitRequests.RETRY_IN_MILLIS)))))
            .exec(session -> {
                run.operatorDone();
                return session;
            });

    private final ChainBuilder pollStatus = exec(session -> pick(session, Journey.STATUS, registry.randomApplication()))
            .doIf("#{found}").then(Latency.timed(latency(RequestName.STATUS), 200,
                    http(RequestName.STATUS.id()).get("/api/v1/applications/#{ref}")));

    private final ChainBuilder workQueue = exec(this::claim).doIf("#{found}").then(
            Latency.timed(latency(RequestName.OFFICER_QUEUE), 200, http(RequestName.OFFICER_QUEUE.id())
                    .get("/api/v1/applications?district=#{district}&status=SUBMITTED&size=20"))
                    .repeat("#{detailViews}").on(Latency.timed(latency(RequestName.OFFICER_DETAIL), 200,
                            http(RequestName.OFFICER_DETAIL.id()).get("/api/v1/applications/#{ref}")))
                    .exec(Latency.timed(latency(RequestName.FIELD_REPORT), 200,
                            http(RequestName.FIELD_REPORT.id()).post("/api/v1/applications/#{ref}/field-report")
                                    .body(StringBody("{\"inspectorId\":\"RI-#{district}\",\"recommendation\":\"#{outcome}\","
                                            + "\"remarks\":\"site visited\",\"complete\":true}")).asJson()))
                    .exec(Latency.timed(latency(RequestName.DECISION), 200,
                            http(RequestName.DECISION.id()).post("/api/v1/applications/#{ref}/decision")
                                    .body(StringBody("{\"officerId\":\"TEH-#{district}\",\"outcome\":\"#{outcome}\","
                                            + "\"reason\":\"documents verified\"}")).asJson(),
                            jsonPath("$.certificateNo").optional().saveAs("certificateNo")))
                    .exec(session -> {
                        if (session.contains("certificateNo")) {
                            registry.certificateIssued(session.getString("certificateNo"));
                        }
                        return session;
                    }));

    private final ChainBuilder downloadCertificate = exec(session -> pick(session, Journey.DOWNLOAD, registry.randomCertificate()))
            .doIf("#{found}").then(Latency.timed(latency(RequestName.CERTIFICATE_DOWNLOAD), 200,
                    http(RequestName.CERTIFICATE_DOWNLOAD.id()).get("/api/v1/certificates/#{ref}").header("Accept", "application/pdf")));

    private final ChainBuilder verifyCertificate = exec(session -> pick(session, Journey.VERIFY, registry.randomCertificate()))
            .doIf("#{found}").then(Latency.timed(latency(RequestName.CERTIFICATE_VERIFICATION), 200,
                    http(RequestName.CERTIFICATE_VERIFICATION.id()).get("/api/v1/certificates/#{ref}/verification"),
                    jsonPath("$.valid").ofBoolean().is(true)));

    private final ChainBuilder checkLedger = asLongAs(session -> !run.drained()).on(pause(Duration.ofMillis(200)))
            .exec(session -> {
                run.loadEnded();
                return session;
            })
            .doIf(session -> recording).then(exec(session -> {
                run.startLedgerCheck();
                return session;
            })
            .asLongAs(session -> !run.ledgerCheckDone()).on(pause(Duration.ofMillis(250)))
            .exec(http(SloAssertions.LEDGER_CHECK).get("/health/live")
                    .check(bodyString().transform(body -> ledgerOutcome()).is("intact"))));

    // Injection: the plan's steps per journey; the ledger check follows the plan's clock.
    {
        setUp(
                scenario("centre operators submit").exec(submitApplication)
                        .injectClosed(GatlingInjection.closed(steps(plan, Journey.SUBMIT))),
                scenario("citizens poll status").exec(pollStatus).injectOpen(GatlingInjection.open(steps(plan, Journey.STATUS))),
                scenario("officers work the queue").exec(workQueue).injectOpen(GatlingInjection.open(steps(plan, Journey.OFFICER))),
                scenario("citizens download certificates").exec(downloadCertificate)
                        .injectOpen(GatlingInjection.open(steps(plan, Journey.DOWNLOAD))),
                scenario("colleges verify certificates").exec(verifyCertificate)
                        .injectOpen(GatlingInjection.open(steps(plan, Journey.VERIFY))),
                scenario("plan clock").pause(Duration.ofMillis(Math.round(plan.totalSeconds() * 1000)))
                        .injectOpen(atOnceUsers(1))
                        .andThen(scenario("ledger check").exec(checkLedger).injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                // Assertions: every request's SLO from the calendar, and an intact ledger.
                .assertions(SloAssertions.of(plan.profile(), recording));
    }

    @Override
    public void before() {
        run.start();
    }

    @Override
    public void after() {
        try {
            System.out.println(run.finish().render());
        } finally {
            system.close();
        }
    }

    private RequestLatency latency(RequestName name) {
        return recording ? run.recording().latency().request(name.id()) : null;
    }

    private Duration thinkTime() {
        // Desks opening together at the start would all submit after the same think time: spread their first
        // submissions uniformly over one think time instead, as if they had been busy already.
        double draw = ThreadLocalRandom.current().nextDouble();
        double share = run.secondsSinceStart() < 1 ? draw : 0.5 + draw;
        return Duration.ofMillis((long) (thinkSeconds * 1000 * share));
    }

    private Session pick(Session session, Journey journey, String found) {
        if (found == null) {
            run.arrivals().skip(journey);
            return session.set("found", false);
        }
        run.arrivals().arrived(journey);
        return session.set("found", true).set("ref", found);
    }

    private Session claim(Session session) {
        ApplicationRegistry.Pending pending = registry.claimForVerification();
        if (pending == null) {
            run.arrivals().skip(Journey.OFFICER);
            return session.set("found", false);
        }
        run.arrivals().arrived(Journey.OFFICER);
        double detailViews = plan.calendar().reads().officerViews() - 1;
        int views = (int) detailViews + (ThreadLocalRandom.current().nextDouble() < detailViews % 1 ? 1 : 0);
        boolean approve = ThreadLocalRandom.current().nextDouble() < plan.calendar().approveShare();
        return session.set("found", true).set("ref", pending.applicationNo()).set("district", pending.district())
                .set("detailViews", views).set("outcome", approve ? "APPROVE" : "REJECT");
    }

    private String ledgerOutcome() {
        LedgerVerdict verdict = run.ledgerVerdict();
        return verdict == null ? "not checked (see the log)" : verdict.intact() ? "intact" : verdict.describe();
    }
}
