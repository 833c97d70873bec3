package org.sevasurge.simulations.season;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.gatling.SessionKey;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.workload.Submission;

/**
 * The multipart submission: one JSON part and 1..6 document parts. Gatling's body parts are fixed per request
 * builder, so there is one builder per document count and the journey switches on the session's count. Part
 * bytes come straight from the session's {@link Submission} (no copies).
 */
final class SubmitRequests {
    static final SessionKey<Submission> SUBMISSION = SessionKey.of("submission", Submission.class);
    static final SessionKey<Integer> DOCUMENT_COUNT = SessionKey.of("documentCount", Integer.class);
    static final SessionKey<String> APPLICATION_NO = SessionKey.of("applicationNo", String.class);
    static final SessionKey<String> SERVER_HASH = SessionKey.of("serverPayloadSha256", String.class);
    static final SessionKey<String> ACCESS_CODE = SessionKey.of("accessCode", String.class);
    static final SessionKey<String> RETRY_AFTER = SessionKey.of("retryAfterHeader", String.class);
    static final SessionKey<Integer> ATTEMPT = SessionKey.of("attempt", Integer.class);
    static final SessionKey<Boolean> DONE = SessionKey.of("done", Boolean.class);
    static final SessionKey<Long> RETRY_IN_MILLIS = SessionKey.of("retryInMillis", Long.class);
    static final int CREATED = 201;

    private SubmitRequests() {}

    /** @return one switch case per document count 1..6, each a timed submit request */
    static List<Choice.WithKey> byDocumentCount(RequestRecorder latency) {
        List<Choice.WithKey> choices = new ArrayList<>();
        for (int count = 1; count <= 6; count++) {
            choices.add(onCase(count)
                    .then(exec(Latency.timed(
                            latency,
                            CREATED,
                            request(count),
                            header("Retry-After").optional().saveAs(RETRY_AFTER.name()),
                            jsonPath("$.applicationNo").optional().saveAs(APPLICATION_NO.name()),
                            jsonPath("$.payloadSha256").optional().saveAs(SERVER_HASH.name()),
                            jsonPath("$.accessCode").optional().saveAs(ACCESS_CODE.name())))));
        }
        return choices;
    }

    private static HttpRequestActionBuilder request(int documents) {
        HttpRequestActionBuilder request = http(RequestName.SUBMIT.id())
                .post("/api/v1/applications")
                .header("Idempotency-Key", session -> submission(session).idempotencyKey())
                .bodyPart(ByteArrayBodyPart(
                                "application", session -> submission(session).applicationJson())
                        .contentType("application/json"));
        for (int i = 0; i < documents; i++) {
            int position = i;
            request = request.bodyPart(ByteArrayBodyPart(
                            "documents",
                            session -> submission(session).document(position).bytes())
                    .contentType(session ->
                            submission(session).document(position).type().contentType())
                    .fileName(session -> "document-" + position + "."
                            + submission(session).document(position).type().key()));
        }
        return request;
    }

    /**
     * After one attempt, as {@link SubmissionRetry} decides: an acknowledgement goes into the ack ledger and ends the
     * application; a retry sets how long to wait first; anything else ends it.
     */
    static Session afterAttempt(Session session, SeasonWorkload workload, SubmissionRetry retry) {
        session = RETRY_IN_MILLIS.remove(session);
        SubmissionRetry.Decision decision = retry.after(
                Latency.STATUS.getOr(session, null),
                APPLICATION_NO.in(session),
                ATTEMPT.get(session),
                RETRY_AFTER.getOr(session, null));
        if (decision instanceof SubmissionRetry.Acknowledged) {
            workload.acknowledged(
                    submission(session),
                    APPLICATION_NO.get(session),
                    SERVER_HASH.getOr(session, null),
                    ATTEMPT.get(session),
                    ACCESS_CODE.getOr(session, null),
                    Latency.sinceStartMicros(session));
            return DONE.set(session, true);
        }
        if (decision instanceof SubmissionRetry.Retry again) {
            return RETRY_IN_MILLIS.set(session, again.afterMillis());
        }
        return DONE.set(session, true);
    }

    static Submission submission(Session session) {
        return SUBMISSION.get(session);
    }
}
