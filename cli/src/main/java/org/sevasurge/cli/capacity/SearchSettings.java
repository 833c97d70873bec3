package org.sevasurge.cli.capacity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sevasurge.simulations.plan.StaircaseSpec;

/**
 * A capacity search's validated settings. Rates in the knob's unit per second. Immutable.
 *
 * @param journey           {@code season-mix}, a journey id, or {@code request}
 * @param profile           the calendar profile whose SLOs (and readFactor) judge the steps
 * @param fromRate          the first step's rate
 * @param stepPercent       each coarse step's rise, percent
 * @param holdSeconds       each step's length
 * @param warmupSeconds     seconds discarded at the start of each step
 * @param maxRate           no step above it (infinite: none)
 * @param budgetSeconds     the load time all staircases may take together
 * @param targetUtilisation the planned utilisation of the sizing, 0..1
 * @param seedApplications  applications seeded before the first step (reads of one journey alone)
 * @param request           the request of a {@code request} search, else null
 */
record SearchSettings(
        String journey,
        String profile,
        double fromRate,
        double stepPercent,
        int holdSeconds,
        double warmupSeconds,
        double maxRate,
        double budgetSeconds,
        double targetUtilisation,
        int seedApplications,
        StaircaseSpec.RequestSpec request) {

    /** The share of the budget the coarse staircase may use; the rest refines. */
    static final double COARSE_SHARE = 0.7;

    /** @return a label for people, e.g. {@code season mix} */
    String label() {
        return request != null ? request.method() + " " + request.path() : journey.replace('-', ' ');
    }

    /** @return the settings as run.json and capacity.json record them */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("journey", journey);
        map.put("profile", profile);
        map.put("fromPerSecond", fromRate);
        map.put("stepPercent", stepPercent);
        map.put("holdSeconds", holdSeconds);
        map.put("warmupSeconds", warmupSeconds);
        map.put("maxPerSecond", Double.isInfinite(maxRate) ? null : maxRate);
        map.put("budgetSeconds", budgetSeconds);
        map.put("targetUtilisation", targetUtilisation);
        map.put("seedApplications", seedApplications);
        if (request != null) {
            map.put("request", request.method() + " " + request.path());
        }
        return map;
    }
}
