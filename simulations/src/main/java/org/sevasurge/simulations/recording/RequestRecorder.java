package org.sevasurge.simulations.recording;

/**
 * What the journeys record per response of one named request: its latency (successes and failures apart) and its
 * HTTP status. Thread-safe, wait-free for the latency and one {@link java.util.concurrent.atomic.LongAdder} for the
 * status.
 */
public final class RequestRecorder {
    private final RequestLatency latency;
    private final ResponseCounters responses;

    RequestRecorder(RequestLatency latency, ResponseCounters responses) {
        this.latency = latency;
        this.responses = responses;
    }

    /**
     * @param micros  time from sending the request to its complete response (or to giving up), microseconds
     * @param status  the HTTP status, 0 when no response came
     * @param success whether it was the expected answer
     */
    public void record(long micros, int status, boolean success) {
        latency.record(micros, success);
        responses.count(latency.name(), status);
    }

    /** @return the request's name */
    public String name() {
        return latency.name();
    }
}
