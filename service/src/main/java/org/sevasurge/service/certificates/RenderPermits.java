package org.sevasurge.service.certificates;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;

/**
 * Bounds how many certificates are signed and rendered at once: one per core. Rendering is pure CPU (about 8 ms a
 * certificate, over half of it the QR code's read-back check; JMH {@code CertificateIssueBenchmark}), so more at
 * once than cores only adds memory and context switches, and a burst of approvals queues here, holding no
 * database connection, instead of holding the pool. Why not fewer, to keep a core for reads: with one permit on
 * 2 cores, a results-day run on a busy machine queued approvals for seconds (decision p50 8.2 s, a quarter of
 * them refused after the wait), as one rendering thread got too little of the machine. Thread-safe.
 */
public final class RenderPermits {

    /** An approval that waits longer than this for a permit gets a {@code 503} (retry later). */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Semaphore permits;
    private final Duration wait;

    public RenderPermits(int permits) {
        this(permits, WAIT);
    }

    RenderPermits(int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one certificate must render at a time, got " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    /** One per core this JVM may use. */
    public static RenderPermits forThisMachine() {
        return new RenderPermits(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code work} holding a permit. */
    <T> T call(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
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
