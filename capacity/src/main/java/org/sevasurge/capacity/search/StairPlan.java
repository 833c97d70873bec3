package org.sevasurge.capacity.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The rates of a staircase. The coarse staircase climbs geometrically from a start rate by a step percentage up to a
 * maximum and within a time budget; the refining staircase climbs from the last passing rate towards the first
 * failing one in steps of {@link #REFINE_PERCENT}, so the capacity is known to that resolution. Pure.
 */
public final class StairPlan {
    /** The resolution of a capacity: the refining staircase's step, percent. */
    public static final double REFINE_PERCENT = 5.0;

    private StairPlan() {}

    /**
     * @param from        the first rate (> 0)
     * @param stepPercent each rate is the previous one times (1 + stepPercent / 100)
     * @param max         no rate above it (the last step is capped to it); {@code Double.POSITIVE_INFINITY} for none
     * @param maxSteps    at most this many steps (the time budget / the hold)
     * @return the rates, rising
     */
    public static List<Double> coarse(double from, double stepPercent, double max, int maxSteps) {
        if (!(from > 0) || !(stepPercent > 0) || !(max >= from) || maxSteps < 1) {
            throw new IllegalArgumentException("a staircase needs from > 0, step > 0 %, max >= from and a step,"
                    + " got from " + from + ", step " + stepPercent + " %, max " + max + ", steps " + maxSteps);
        }
        List<Double> rates = new ArrayList<>();
        double rate = from;
        while (rates.size() < maxSteps) {
            rates.add(Math.min(rate, max));
            if (rate >= max) {
                break;
            }
            rate *= 1 + stepPercent / 100;
        }
        return rates;
    }

    /**
     * @param lastPass  the highest passing rate below the first failure
     * @param firstFail the lowest failing (or inconclusive) rate
     * @param maxSteps  at most this many steps
     * @return the rates strictly between them, {@link #REFINE_PERCENT} apart from {@code lastPass} (empty when the
     * two are already within that resolution)
     */
    public static List<Double> refine(double lastPass, double firstFail, int maxSteps) {
        List<Double> rates = new ArrayList<>();
        double factor = 1 + REFINE_PERCENT / 100;
        double rate = lastPass * factor;
        while (rate < firstFail / (1 + 1e-9) && rates.size() < maxSteps && firstFail / lastPass > factor + 1e-9) {
            rates.add(rate);
            rate *= factor;
        }
        return rates;
    }
}
