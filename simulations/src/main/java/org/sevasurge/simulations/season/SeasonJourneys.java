package org.sevasurge.simulations.season;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.run.LoadRun;
import org.sevasurge.simulations.workload.ApplicationRegistry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The season's journeys as Gatling chains, shared by the season day and the capacity staircase: an operator's
 * submission with retries (closed model) or a single open submission, a citizen's status poll, an officer working
 * one application (queue, detail views, field report, decision), a certificate download and a college's
 * verification. A {@code measured} set records latency, statuses and arrivals; an unmeasured one (seeding before
 * a staircase) records only acknowledgements. Immutable; the chains are built once.
 */
final class SeasonJourneys {
    private final SeasonWorkload workload;
    private final LoadRun run;
    private final ApplicationRegistry registry;
    private final SeasonCalendar calendar;
    private final boolean measured;
    private final OfficerLogin officers;

    SeasonJourneys(SeasonWorkload workload, boolean measured) {
        this.workload = workload;
        this.run = workload.run();
        this.registry = workload.registry();
        this.calendar = workload.plan().calendar();
        this.measured = measured;
        this.officers = new OfficerLogin(workload.officers(), calendar.accounts(), recorder(RequestName.LOGIN),
                recorder(RequestName.TOKEN_REFRESH));
    }

    /** A centre operator: think, then submit one application, retrying 503/507 after Retry-After. */
    ChainBuilder operatorSubmits() {
        double thinkSeconds = calendar.operators().thinkSeconds();
        return pause(session -> thinkTime(thinkSeconds)).exec(submission(calendar.operators().maxAttempts()));
    }

    /** One open arrival that submits one application, once (an error is an error in a capacity search). */
    ChainBuilder submitOnce() {
        return submission(1);
    }

    private ChainBuilder submission(int maxAttempts) {
        long maxRetryAfterMillis = (long) (calendar.operators().maxRetryAfterSeconds() * 1000);
        return exec(session -> {
            // Counted before the documents are generated: the arrival is Gatling's schedule, not our work.
            arrived(Journey.SUBMIT);
            var submission = workload.nextSubmission();
            return session.set(SubmitRequests.SUBMISSION, submission)
                    .set(SubmitRequests.DOCUMENT_COUNT, submission.documentCount()).set(SubmitRequests.ATTEMPT, 0)
                    .set(SubmitRequests.DONE, false);
        }).asLongAs(session -> !session.getBoolean(SubmitRequests.DONE)).on(
                exec(session -> session.set(SubmitRequests.ATTEMPT, session.getInt(SubmitRequests.ATTEMPT) + 1)
                        .removeAll(SubmitRequests.APPLICATION_NO, SubmitRequests.SERVER_HASH, SubmitRequests.RETRY_AFTER))
                        .doSwitch(session -> session.getInt(SubmitRequests.DOCUMENT_COUNT))
                        .on(SubmitRequests.byDocumentCount(recorder(RequestName.SUBMIT)))
                        .exec(session -> SubmitRequests.afterAttempt(session, workload, maxAttempts, maxRetryAfterMillis))
                        .doIf(session -> session.contains(SubmitRequests.RETRY_IN_MILLIS))
                        .then(pause(session -> Duration.ofMillis(session.getLong(SubmitRequests.RETRY_IN_MILLIS)))));
    }

    /** A citizen polls the status of a random acknowledged application, showing its access code. */
    ChainBuilder pollStatus() {
        return exec(session -> pick(session, Journey.STATUS, registry.randomApplication()))
                .doIf("#{found}").then(Latency.timed(recorder(RequestName.STATUS), 200,
                        http(RequestName.STATUS.id()).get("/api/v1/applications/#{ref}")
                                .header("Access-Code", "#{code}")));
    }

    /**
     * An officer claims one acknowledged application and works it to a decision: the district's inspector (logged
     * in once per run) views the queue and the application and files the field report; the district's approving
     * officer decides.
     */
    ChainBuilder workQueue() {
        return exec(this::claim).doIf("#{found}").then(
                exec(officers.ensure(session -> calendar.accounts().inspectorOf(session.getString("district")),
                        "inspectorToken"))
                        .exec(Latency.timed(recorder(RequestName.OFFICER_QUEUE), 200, http(RequestName.OFFICER_QUEUE.id())
                                .get("/api/v1/applications?district=#{district}&status=SUBMITTED&size=20")
                                .header("Authorization", "Bearer #{inspectorToken}")))
                        .repeat("#{detailViews}").on(Latency.timed(recorder(RequestName.OFFICER_DETAIL), 200,
                                http(RequestName.OFFICER_DETAIL.id()).get("/api/v1/applications/#{ref}")
                                        .header("Authorization", "Bearer #{inspectorToken}")))
                        .exec(Latency.timed(recorder(RequestName.FIELD_REPORT), 200,
                                http(RequestName.FIELD_REPORT.id()).post("/api/v1/applications/#{ref}/field-report")
                                        .header("Authorization", "Bearer #{inspectorToken}")
                                        .body(StringBody("{\"recommendation\":\"#{outcome}\","
                                                + "\"remarks\":\"site visited\",\"complete\":true}")).asJson()))
                        // An officer whose field report was refused (e.g. land records unavailable) cannot decide.
                        .doIf(session -> Integer.valueOf(200).equals(session.getIntegerWrapper(Latency.STATUS))).then(
                                exec(officers.ensure(session -> calendar.accounts().approverOf(
                                        session.getString("district")), "approverToken"))
                                        .exec(Latency.timed(recorder(RequestName.DECISION), 200,
                                                http(RequestName.DECISION.id()).post("/api/v1/applications/#{ref}/decision")
                                                        .header("Authorization", "Bearer #{approverToken}")
                                                        .body(StringBody("{\"outcome\":\"#{outcome}\","
                                                                + "\"reason\":\"documents verified\"}")).asJson(),
                                                jsonPath("$.certificateNo").optional().saveAs("certificateNo")))
                                        .exec(session -> {
                                            if (session.contains("certificateNo")) {
                                                registry.certificateIssued(session.getString("certificateNo"),
                                                        session.getString("code"));
                                            }
                                            return session;
                                        })));
    }

    /** A citizen downloads a random issued certificate with the access code of its application. */
    ChainBuilder downloadCertificate() {
        return exec(session -> pick(session, Journey.DOWNLOAD, registry.randomCertificate()))
                .doIf("#{found}").then(Latency.timed(recorder(RequestName.CERTIFICATE_DOWNLOAD), 200,
                        http(RequestName.CERTIFICATE_DOWNLOAD.id()).get("/api/v1/certificates/#{ref}")
                                .header("Accept", "application/pdf").header("Access-Code", "#{code}")));
    }

    /** A college verifies a random issued certificate. */
    ChainBuilder verifyCertificate() {
        return exec(session -> pick(session, Journey.VERIFY, registry.randomCertificate()))
                .doIf("#{found}").then(Latency.timed(recorder(RequestName.CERTIFICATE_VERIFICATION), 200,
                        http(RequestName.CERTIFICATE_VERIFICATION.id()).get("/api/v1/certificates/#{ref}/verification"),
                        jsonPath("$.valid").ofBoolean().is(true)));
    }

    /** @return the chain of {@code journey} */
    ChainBuilder of(Journey journey) {
        return switch (journey) {
            case SUBMIT -> workload.plan().mix().closedOperators() ? operatorSubmits() : submitOnce();
            case STATUS -> pollStatus();
            case OFFICER -> workQueue();
            case DOWNLOAD -> downloadCertificate();
            case VERIFY -> verifyCertificate();
        };
    }

    private RequestRecorder recorder(RequestName name) {
        return measured ? run.request(name.id()) : null;
    }

    private void arrived(Journey journey) {
        if (measured) {
            run.arrivals().arrived(journey.id());
        }
    }

    private Duration thinkTime(double thinkSeconds) {
        // Desks opening together at the start would all submit after the same think time: spread their first
        // submissions uniformly over one think time instead, as if they had been busy already.
        double draw = ThreadLocalRandom.current().nextDouble();
        double share = run.secondsSinceStart() < 1 ? draw : 0.5 + draw;
        return Duration.ofMillis((long) (thinkSeconds * 1000 * share));
    }

    private Session pick(Session session, Journey journey, ApplicationRegistry.Readable found) {
        if (found == null) {
            if (measured) {
                run.arrivals().skip(journey.id());
            }
            return session.set("found", false);
        }
        arrived(journey);
        // A service without access codes gets an empty header, which it ignores.
        return session.set("found", true).set("ref", found.number())
                .set("code", found.accessCode() == null ? "" : found.accessCode());
    }

    private Session claim(Session session) {
        ApplicationRegistry.Pending pending = registry.claimForVerification();
        if (pending == null) {
            if (measured) {
                run.arrivals().skip(Journey.OFFICER.id());
            }
            return session.set("found", false);
        }
        arrived(Journey.OFFICER);
        double detailViews = calendar.reads().officerViews() - 1;
        int views = (int) detailViews + (ThreadLocalRandom.current().nextDouble() < detailViews % 1 ? 1 : 0);
        // Seeding approves every application so that downloads and verifications have certificates to read.
        boolean approve = !measured || ThreadLocalRandom.current().nextDouble() < calendar.approveShare();
        return session.set("found", true).set("ref", pending.applicationNo()).set("district", pending.district())
                .set("code", pending.accessCode() == null ? "" : pending.accessCode())
                .set("detailViews", views).set("outcome", approve ? "APPROVE" : "REJECT");
    }
}
