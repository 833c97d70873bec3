package org.sevasurge.simulations.recording;

import org.sevasurge.simulations.calendar.Journey;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts journey arrivals to compare the achieved rate with the offered one: an arrival counts as on time
 * until the plan's end (plus a one-second grace), later ones as late — a saturated injector starts users late,
 * so its on-time rate falls below the offered rate. Journeys that found nothing to act on yet count as skipped
 * (they still arrived). Thread-safe and allocation-free ({@link LongAdder}s).
 */
public final class ArrivalCounters {
    private static final long GRACE_NANOS = 1_000_000_000L;

    private final Map<Journey, LongAdder> onTime = adders();
    private final Map<Journey, LongAdder> late = adders();
    private final Map<Journey, LongAdder> skipped = adders();
    private volatile long deadlineNanos = Long.MAX_VALUE;

    private static Map<Journey, LongAdder> adders() {
        Map<Journey, LongAdder> map = new EnumMap<>(Journey.class);
        for (Journey journey : Journey.values()) {
            map.put(journey, new LongAdder());
        }
        return map;
    }

    /** Starts the clock: arrivals after {@code planSeconds} (+1 s) from now are late. */
    public void loadStarted(double planSeconds) {
        deadlineNanos = System.nanoTime() + (long) (planSeconds * 1e9) + GRACE_NANOS;
    }

    /** Counts one arrival of {@code journey}. */
    public void arrived(Journey journey) {
        (System.nanoTime() <= deadlineNanos ? onTime : late).get(journey).increment();
    }

    /** Counts one arrival of {@code journey} that had nothing to act on (it also counts as arrived). */
    public void skip(Journey journey) {
        arrived(journey);
        skipped.get(journey).increment();
    }

    /** @return arrivals of {@code journey} before the plan's end */
    public long onTime(Journey journey) {
        return onTime.get(journey).sum();
    }

    /** @return arrivals of {@code journey} after the plan's end */
    public long late(Journey journey) {
        return late.get(journey).sum();
    }

    /** @return arrivals of {@code journey} that found nothing to act on */
    public long skipped(Journey journey) {
        return skipped.get(journey).sum();
    }
}
