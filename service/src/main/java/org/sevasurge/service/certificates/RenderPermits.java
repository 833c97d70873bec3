package org.sevasurge.service.certificates;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;

/**
 * Bounds how many certificates are signed and rendered at once. Why: rendering (the QR code's read-back check
 * above all) took two thirds of the service's CPU under the results-day mix, and a burst of approvals rendering
 * on every core left status checks, downloads and verifications queueing for CPU far beyond their 25 ms SLO.
 * With at most half the cores rendering, the other half always serves the reads; an approval waits for a permit
 * instead (its SLO is 500 ms, theirs 25 ms). Thread-safe.
 */
public final class RenderPermits {

    /** An approval that waits longer than this for a permit gets a {@code 503} (retry later). */
    private static final long WAIT_MILLIS = 10_000;

    private final Semaphore permits;

    public RenderPermits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one certificate must render at a time, got " + permits);
        }
        this.permits = new Semaphore(permits, true);
    }

    /** Half the cores this JVM may use, at least one. */
    public static RenderPermits forThisMachine() {
        return new RenderPermits(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** Runs {@code work} holding a permit. */
    <T> T call(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(Problem.of("/problems/overloaded", "The service is overloaded", 503,
                    "too many certificates are being issued at once; retry after the pause"), 5);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
