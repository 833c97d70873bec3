package org.sevasurge.mocks.faults;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.sevasurge.mocks.JsonAnswers;

/**
 * What one request gets under its service's fault profile: drawn once per request by
 * {@link FaultPlanner}, then applied to the answer the simulator would give.
 *
 * <p>{@link #processesRequest()} says whether the simulated service acts on the request (captures
 * the charge, sends the SMS) before its answer is delayed, lost or mangled. Immutable.
 */
public sealed interface FaultPlan {

    /** Whether the service acts on the request, whatever then happens to the answer. */
    boolean processesRequest();

    /** The answer as the client will get it. */
    ResponseDefinition applyTo(ResponseDefinition answer);

    /** The real answer after a log-normal delay (healthy, slow, the successes of a brownout). */
    record Answer(Latency latency) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return true;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            return ResponseDefinitionBuilder.like(answer)
                    .withRandomDelay(latency.distribution())
                    .build();
        }
    }

    /** A 503 after a log-normal delay; the request is not acted on. */
    record ServerError(Latency latency) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return false;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            return ResponseDefinitionBuilder.like(JsonAnswers.error(503, "SERVICE_UNAVAILABLE", "simulated brownout"))
                    .withRandomDelay(latency.distribution())
                    .build();
        }
    }

    /**
     * A WireMock connection fault instead of an answer. {@code processed} tells whether the request
     * was acted on first (flaky: the answer is lost) or not (down: nothing reached the service).
     */
    record ConnectionFault(Fault fault, boolean processed) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return processed;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            return ResponseDefinitionBuilder.like(answer).withFault(fault).build();
        }
    }

    /**
     * Accepted but held for {@code delayMillis}, far beyond any client timeout; then a 504. The
     * request is not acted on, as when it is lost in a partitioned network. The wait is a
     * scheduled task, not a sleeping thread.
     */
    record Blackhole(int delayMillis) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return false;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            return ResponseDefinitionBuilder.like(JsonAnswers.error(504, "GATEWAY_TIMEOUT", "simulated blackhole"))
                    .withFixedDelay(delayMillis)
                    .build();
        }
    }

    /** The real answer with its body cut in {@code chunks} spread over {@code durationMillis}. */
    record Dribble(int durationMillis, int chunks) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return true;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            byte[] body = answer.getByteBody();
            int bodyLength = body == null ? 0 : body.length;
            if (bodyLength == 0) {
                // WireMock cannot dribble an empty body; a late answer is the closest honest behaviour.
                return new WholeLate(durationMillis).applyTo(answer);
            }
            return ResponseDefinitionBuilder.like(answer)
                    .withChunkedDribbleDelay(Math.min(chunks, bodyLength), durationMillis)
                    .build();
        }
    }

    /**
     * The real answer in one piece after {@code delayMillis}: what a dribble becomes when every
     * dribble place is taken, so the client still waits as long without a thread being held.
     */
    record WholeLate(int delayMillis) implements FaultPlan {
        @Override
        public boolean processesRequest() {
            return true;
        }

        @Override
        public ResponseDefinition applyTo(ResponseDefinition answer) {
            return ResponseDefinitionBuilder.like(answer)
                    .withFixedDelay(delayMillis)
                    .build();
        }
    }
}
