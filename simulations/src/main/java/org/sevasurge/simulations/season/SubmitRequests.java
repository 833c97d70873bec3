package org.sevasurge.simulations.season;

import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.workload.Submission;

import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The multipart submission: one JSON part and 1..6 document parts. Gatling's body parts are fixed per request
 * builder, so there is one builder per document count and the journey switches on the session's count. Part
 * bytes come straight from the session's {@link Submission} (no copies).
 */
final class SubmitRequests {
    static final String SUBMISSION = "submission";
    static final String DOCUMENT_COUNT = "documentCount";
    static final String APPLICATION_NO = "applicationNo";
    static final String SERVER_HASH = "serverPayloadSha256";
    static final String ACCESS_CODE = "accessCode";
    static final String RETRY_AFTER = "retryAfterHeader";
    static final String ATTEMPT = "attempt";
    static final String DONE = "done";
    static final String RETRY_IN_MILLIS = "retryInMillis";
    static final int CREATED = 201;

    private SubmitRequests() {
    }

    /** @return one switch case per document count 1..6, each a timed submit request */
    static List<Choice.WithKey> byDocumentCount(RequestRecorder latency) {
        List<Choice.WithKey> choices = new ArrayList<>();
        for (int count = 1; count <= 6; count++) {
            choices.add(onCase(count).then(exec(Latency.timed(latency, CREATED, request(count),
                    header("Retry-After").optional().saveAs(RETRY_AFTER),
                    jsonPath("$.applicationNo").optional().saveAs(APPLICATION_NO),
                    jsonPath("$.payloadSha256").optional().saveAs(SERVER_HASH),
                    jsonPath("$.accessCode").optional().saveAs(ACCESS_CODE)))));
        }
        return choices;
    }

    private static HttpRequestActionBuilder request(int documents) {
        HttpRequestActionBuilder request = http(RequestName.SUBMIT.id()).post("/api/v1/applications")
                .header("Idempotency-Key", session -> submission(session).idempotencyKey())
                .bodyPart(ByteArrayBodyPart("application", session -> submission(session).applicationJson())
                        .contentType("application/json"));
        for (int i = 0; i < documents; i++) {
            int position = i;
            request = request.bodyPart(ByteArrayBodyPart("documents",
                            session -> submission(session).document(position).bytes())
                    .contentType(session -> submission(session).document(position).type().contentType())
                    .fileName(session -> "document-" + position + "."
                            + submission(session).document(position).type().key()));
        }
        return request;
    }

    /**
     * After one attempt: a 201 goes into the ack ledger and ends the application; a 503 or 507 (or no answer)
     * is retried with the same Idempotency-Key after Retry-After (capped, 1 s if absent) until the attempts run
     * out; any other answer (a 4xx) ends it.
     */
    static Session afterAttempt(Session session, SeasonWorkload workload, int maxAttempts, long maxRetryAfterMillis) {
        Integer status = session.getIntegerWrapper(Latency.STATUS);
        session = session.remove(RETRY_IN_MILLIS);
        if (status != null && status == CREATED && session.contains(APPLICATION_NO)) {
            workload.acknowledged(submission(session), session.getString(APPLICATION_NO), session.getString(SERVER_HASH),
                    session.getInt(ATTEMPT), session.contains(ACCESS_CODE) ? session.getString(ACCESS_CODE) : null);
            return session.set(DONE, true);
        }
        boolean retryable = status == null || status == 503 || status == 507;
        if (!retryable || session.getInt(ATTEMPT) >= maxAttempts) {
            return session.set(DONE, true);
        }
        long retryAfterMillis = 1000;
        if (session.contains(RETRY_AFTER)) {
            try {
                retryAfterMillis = Long.parseLong(session.getString(RETRY_AFTER).trim()) * 1000;
            } catch (NumberFormatException e) {
                // An HTTP-date Retry-After: keep the one-second default.
            }
        }
        return session.set(RETRY_IN_MILLIS, Math.min(retryAfterMillis, maxRetryAfterMillis));
    }

    static Submission submission(Session session) {
        return session.get(SUBMISSION);
    }
}
