package org.sevasurge.service.external;

import java.time.Duration;

/**
 * Timeouts and protection of one external dependency. Immutable.
 *
 * <p>Resilience4j's defaults (a window of 100 calls, 60 s open) need minutes of traffic before a breaker
 * reacts and then stay open for a whole run; a load run of a few minutes must see it open within seconds of a
 * dependency failing and probe again soon after. Hence: a window of {@value #WINDOW_CALLS} calls, judged from
 * {@value #MINIMUM_CALLS}, opening at {@value #FAILURE_RATE_PERCENT} % failures or slow calls, open for
 * {@link #openFor} before {@value #HALF_OPEN_CALLS} probe calls.
 *
 * @param requestTimeout   the whole call, first byte to last; a dependency slower than this is unavailable
 * @param maxConcurrent    calls in flight at once (bulkhead); beyond it a call is refused at once
 * @param retries          extra attempts on a fast failure (connection reset, 502/503/504), never on a timeout
 */
public record DependencySettings(
        Duration connectTimeout, Duration requestTimeout, int maxConcurrent, int retries, Duration openFor) {

    static final int WINDOW_CALLS = 20;
    static final int MINIMUM_CALLS = 10;
    static final float FAILURE_RATE_PERCENT = 50;
    static final int HALF_OPEN_CALLS = 3;

    /** eKYC holds a submission: answer within a second or the centre is told to retry. */
    public static DependencySettings ekyc() {
        return new DependencySettings(Duration.ofMillis(500), Duration.ofSeconds(1), 24, 0, Duration.ofSeconds(5));
    }

    /**
     * Payment holds a submission too, but a failure only leaves the fee PENDING (collected in cash, reconciled
     * later): one retry of a fast failure, with the same idempotency key, so no fee is ever charged twice.
     */
    public static DependencySettings payment() {
        return new DependencySettings(Duration.ofMillis(500), Duration.ofMillis(1500), 24, 1, Duration.ofSeconds(5));
    }

    /** SMS and DigiLocker are sent from the outbox, off the request path: a slower timeout costs no citizen. */
    public static DependencySettings outbox() {
        return new DependencySettings(Duration.ofMillis(500), Duration.ofSeconds(2), 8, 0, Duration.ofSeconds(5));
    }

    /** Land records hold an inspector's field report: answer within a second or the report is retried. */
    public static DependencySettings landRecords() {
        return new DependencySettings(Duration.ofMillis(500), Duration.ofSeconds(1), 16, 0, Duration.ofSeconds(5));
    }

    public DependencySettings withRequestTimeout(Duration timeout) {
        return new DependencySettings(connectTimeout, timeout, maxConcurrent, retries, openFor);
    }

    public DependencySettings withOpenFor(Duration open) {
        return new DependencySettings(connectTimeout, requestTimeout, maxConcurrent, retries, open);
    }
}
