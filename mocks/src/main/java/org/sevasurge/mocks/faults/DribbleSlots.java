package org.sevasurge.mocks.faults;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed number of places for dribbled answers that are being written right now.
 *
 * <p>Why: WireMock writes a chunked-dribble body by sleeping between chunks on one of its few
 * asynchronous-response threads, so unbounded dribbling would stall the delayed answers of every
 * other service. A place is held until the time its dribble is expected to end; no thread or
 * timer is needed to free it.
 *
 * <p>Thread-safe and lock-free.
 */
final class DribbleSlots {

    private final AtomicLongArray busyUntilMillis;

    DribbleSlots(int slots) {
        if (slots < 0) {
            throw new IllegalArgumentException("slots must not be negative, was " + slots);
        }
        this.busyUntilMillis = new AtomicLongArray(slots);
    }

    /**
     * Takes a free place until {@code nowMillis + holdMillis}.
     *
     * @return false when every place is taken
     */
    boolean tryAcquire(long nowMillis, long holdMillis) {
        for (int i = 0; i < busyUntilMillis.length(); i++) {
            long until = busyUntilMillis.get(i);
            if (until <= nowMillis && busyUntilMillis.compareAndSet(i, until, nowMillis + holdMillis)) {
                return true;
            }
        }
        return false;
    }
}
