package org.sevasurge.simulations.season;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.gatling.SessionKey;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.run.LoadRun;
import org.sevasurge.simulations.workload.ApplicationRegistry;

/**
 * The season's journeys as Gatling chains, shared by the season day and the capacity staircase: an operator's
 * submission with retries (closed model) or a single open submission, a citizen's status poll, an officer working
 * one application (queue, detail views, field report, decision), a certificate download and a college's
 * verification. A {@code measured} set records latency, statuses and arrivals; an unmeasured one (seeding before
 * a staircase) records only acknowledgements. Immutable; the chains are built once.
 */
final class SeasonJourneys {
    static final SessionKey<Boolean> FOUND = SessionKey.of("found", Boolean.class);
    static final SessionKey<String> REF = SessionKey.of("ref", String.class);
    static final SessionKey<String> CODE = SessionKey.of("code", String.class);
    static final SessionKey<String> DISTRICT = SessionKey.of("district", String.class);
    static final SessionKey<Integer> DETAIL_VIEWS = SessionKey.of("detailViews", Integer.class);
    static final SessionKey<String> OUTCOME = SessionKey.of("outcome", String.class);
    static final SessionKey<String> CERTIFICATE_NO = SessionKey.of("certificateNo", String.class);
    static final SessionKey<String> INSPECTOR_TOKEN = SessionKey.of("inspectorToken", String.class);
    static final SessionKey<String> APPROVER_TOKEN = SessionKey.of("approverToken", String.class);

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
        this.officers = new OfficerLogin(
                workload.officers(),
                calendar.accounts(),
                recorder(RequestName.LOGIN),
                recorder(RequestName.TOKEN_REFRESH));
    }

    /** A centre operator: think, then submit one application, retrying 503/507 after Retry-After. */
    ChainBuilder operatorSubmits() {
        double thinkSeconds = calendar.operators().thinkSeconds();
        return pause(session -> thinkTime(thinkSeconds))
                .exec(submission(calendar.operators().maxAttempts()));
    }

    /** One open arrival that submits one application, once (an error is an error in a capacity search). */
    ChainBuilder submitOnce() {
        return submission(1);
    }

    /** One open arrival that submits one application: once, or retried as operators do when the staircase says so. */
    private ChainBuilder openSubmits() {
        boolean retry = workload.staircase() != null && workload.staircase().retrySubmissions();
        return retry ? submission(calendar.operators().maxAttempts()) : submitOnce();
    }

    private ChainBuilder submission(int maxAttempts) {
        SubmissionRetry retry =
                new SubmissionRetry(maxAttempts, (long) (calendar.operators().maxRetryAfterSeconds() * 1000));
        return exec(session -> {
                    // Counted before the documents are generated: the arrival is Gatling's schedule, not our work.
                    arrived(Journey.SUBMIT);
                    var submission = workload.nextSubmission();
                    session = SubmitRequests.SUBMISSION.set(session, submission);
                    session = SubmitRequests.DOCUMENT_COUNT.set(session, submission.documentCount());
                    return SubmitRequests.DONE.set(SubmitRequests.ATTEMPT.set(session, 0), false);
                })
                .asLongAs(session -> !SubmitRequests.DONE.get(session))
                .on(exec(session -> {
                            session = SubmitRequests.ATTEMPT.set(session, SubmitRequests.ATTEMPT.get(session) + 1);
                            return session.removeAll(
                                    SubmitRequests.APPLICATION_NO.name(),
                                    SubmitRequests.SERVER_HASH.name(),
                                    SubmitRequests.RETRY_AFTER.name(),
                                    SubmitRequests.ACCESS_CODE.name());
                        })
                        .doSwitch(SubmitRequests.DOCUMENT_COUNT::get)
                        .on(SubmitRequests.byDocumentCount(recorder(RequestName.SUBMIT)))
                        .exec(session -> SubmitRequests.afterAttempt(session, workload, retry))
                        .doIf(SubmitRequests.RETRY_IN_MILLIS::in)
                        .then(pause(session -> Duration.ofMillis(SubmitRequests.RETRY_IN_MILLIS.get(session)))));
    }

    /** A citizen polls the status of a random acknowledged application, showing its access code. */
    ChainBuilder pollStatus() {
        return exec(session -> pick(session, Journey.STATUS, registry.randomApplication()))
                .doIf(FOUND.el())
                .then(Latency.timed(
                        recorder(RequestName.STATUS),
                        200,
                        http(RequestName.STATUS.id())
                                .get("/api/v1/applications/" + REF.el())
                                .header("Access-Code", CODE.el())));
    }

    /**
     * An officer claims one acknowledged application and works it to a decision: the district's inspector (logged
     * in once per run) views the queue and the application and files the field report; the district's approving
     * officer decides.
     */
    ChainBuilder workQueue() {
        return exec(this::claim)
                .doIf(FOUND.el())
                .then(exec(officers.ensure(
                                session -> calendar.accounts().inspectorOf(DISTRICT.get(session)), INSPECTOR_TOKEN))
                        .exec(Latency.timed(
                                recorder(RequestName.OFFICER_QUEUE),
                                200,
                                http(RequestName.OFFICER_QUEUE.id())
                                        .get("/api/v1/applications?district=" + DISTRICT.el()
                                                + "&status=SUBMITTED&size=20")
                                        .header("Authorization", "Bearer " + INSPECTOR_TOKEN.el())))
                        .repeat(DETAIL_VIEWS.el())
                        .on(Latency.timed(
                                recorder(RequestName.OFFICER_DETAIL),
                                200,
                                http(RequestName.OFFICER_DETAIL.id())
                                        .get("/api/v1/applications/" + REF.el())
                                        .header("Authorization", "Bearer " + INSPECTOR_TOKEN.el())))
                        .exec(Latency.timed(
                                recorder(RequestName.FIELD_REPORT),
                                200,
                                http(RequestName.FIELD_REPORT.id())
                                        .post("/api/v1/applications/" + REF.el() + "/field-report")
                                        .header("Authorization", "Bearer " + INSPECTOR_TOKEN.el())
                                        .body(StringBody("{\"recommendation\":\"" + OUTCOME.el() + "\","
                                                + "\"remarks\":\"site visited\",\"complete\":true}"))
                                        .asJson()))
                        // An officer whose field report was refused (e.g. land records unavailable) cannot decide.
                        .doIf(session -> Integer.valueOf(200).equals(Latency.STATUS.getOr(session, null)))
                        .then(exec(officers.ensure(
                                        session -> calendar.accounts().approverOf(DISTRICT.get(session)),
                                        APPROVER_TOKEN))
                                .exec(Latency.timed(
                                        recorder(RequestName.DECISION),
                                        200,
                                        http(RequestName.DECISION.id())
                                                .post("/api/v1/applications/" + REF.el() + "/decision")
                                                .header("Authorization", "Bearer " + APPROVER_TOKEN.el())
                                                .body(StringBody("{\"outcome\":\"" + OUTCOME.el() + "\","
                                                        + "\"reason\":\"documents verified\"}"))
                                                .asJson(),
                                        jsonPath("$.certificateNo").optional().saveAs(CERTIFICATE_NO.name())))
                                .exec(session -> {
                                    if (CERTIFICATE_NO.in(session)) {
                                        registry.certificateIssued(CERTIFICATE_NO.get(session), CODE.get(session));
                                    }
                                    return session;
                                })));
    }

    /** A citizen downloads a random issued certificate with the access code of its application. */
    ChainBuilder downloadCertificate() {
        return exec(session -> pick(session, Journey.DOWNLOAD, registry.randomCertificate()))
                .doIf(FOUND.el())
                .then(Latency.timed(
                        recorder(RequestName.CERTIFICATE_DOWNLOAD),
                        200,
                        http(RequestName.CERTIFICATE_DOWNLOAD.id())
                                .get("/api/v1/certificates/" + REF.el())
                                .header("Accept", "application/pdf")
                                .header("Access-Code", CODE.el())));
    }

    /** A college verifies a random issued certificate. */
    ChainBuilder verifyCertificate() {
        return exec(session -> pick(session, Journey.VERIFY, registry.randomCertificate()))
                .doIf(FOUND.el())
                .then(Latency.timed(
                        recorder(RequestName.CERTIFICATE_VERIFICATION),
                        200,
                        http(RequestName.CERTIFICATE_VERIFICATION.id())
                                .get("/api/v1/certificates/" + REF.el() + "/verification"),
                        jsonPath("$.valid").ofBoolean().is(true)));
    }

    /** @return the chain of {@code journey} */
    ChainBuilder of(Journey journey) {
        return switch (journey) {
            case SUBMIT -> workload.plan().mix().closedOperators() ? operatorSubmits() : openSubmits();
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
            return FOUND.set(session, false);
        }
        arrived(journey);
        // A service without access codes gets an empty header, which it ignores.
        return CODE.set(
                REF.set(FOUND.set(session, true), found.number()),
                found.accessCode() == null ? "" : found.accessCode());
    }

    private Session claim(Session session) {
        ApplicationRegistry.Pending pending = registry.claimForVerification();
        if (pending == null) {
            if (measured) {
                run.arrivals().skip(Journey.OFFICER.id());
            }
            return FOUND.set(session, false);
        }
        arrived(Journey.OFFICER);
        double detailViews = calendar.reads().officerViews() - 1;
        int views = (int) detailViews + (ThreadLocalRandom.current().nextDouble() < detailViews % 1 ? 1 : 0);
        // Seeding approves every application so that downloads and verifications have certificates to read.
        boolean approve = !measured || ThreadLocalRandom.current().nextDouble() < calendar.approveShare();
        session = REF.set(FOUND.set(session, true), pending.applicationNo());
        session = CODE.set(
                DISTRICT.set(session, pending.district()), pending.accessCode() == null ? "" : pending.accessCode());
        return OUTCOME.set(DETAIL_VIEWS.set(session, views), approve ? "APPROVE" : "REJECT");
    }
}
