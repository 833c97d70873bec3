package org.sevasurge.service.http;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Counts API requests taken on and refused for overload over the last {@value #SECONDS} seconds, in one-second
 * buckets, so that readiness can say when the service is refusing most of its work. Lock-free; thread-safe.
 */
public final class RefusalWindow {

    static final int SECONDS = 10;

    private final LongSupplier nanoClock;
    // Per bucket: [epoch second, taken on, refused], three slots each; a stale bucket is reset on first use.
    private final AtomicLongArray buckets = new AtomicLongArray(SECONDS * 3);

    /** What the window saw: requests taken on and refused for overload. */
    public record Counts(long accepted, long refused) {
        /** The share refused, 0..1; 0 when nothing came. */
        public double refusedShare() {
            long total = accepted + refused;
            return total == 0 ? 0 : (double) refused / total;
        }
    }

    public RefusalWindow() {
        this(System::nanoTime);
    }

    RefusalWindow(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public void accepted() {
        add(1);
    }

    public void refused() {
        add(2);
    }

    /** The counts of the last {@value #SECONDS} seconds. */
    public Counts counts() {
        long now = second();
        long accepted = 0;
        long refused = 0;
        for (int b = 0; b < SECONDS; b++) {
            if (now - buckets.get(b * 3) < SECONDS) {
                accepted += buckets.get(b * 3 + 1);
                refused += buckets.get(b * 3 + 2);
            }
        }
        return new Counts(accepted, refused);
    }

    private void add(int slot) {
        long second = second();
        int base = (int) (second % SECONDS) * 3;
        long seen = buckets.get(base);
        if (seen != second && buckets.compareAndSet(base, seen, second)) {
            // This thread moved the bucket to the new second: clear what the old second left.
            buckets.set(base + 1, 0);
            buckets.set(base + 2, 0);
        }
        buckets.incrementAndGet(base + slot);
    }

    private long second() {
        return nanoClock.getAsLong() / 1_000_000_000L;
    }
}
