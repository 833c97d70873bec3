package org.sevasurge.capacity.steps;

import java.util.List;

/**
 * Everything measured in one step's steady window, and its verdict. Rates per second, times in milliseconds
 * unless named otherwise. Immutable.
 *
 * @param index                the plan step's index
 * @param level                the plan's knob in the step (e.g. submissions/s offered)
 * @param fromSeconds          start of the steady window, run seconds (after the discarded warm-up)
 * @param toSeconds            end of the window, run seconds
 * @param requests             per request: latency, errors, statuses
 * @param journeys             per journey: offered, arrived, achieved
 * @param server               the service's resources
 * @param injector             the injector's CPU
 * @param throughputPerSecond  X: responses of every request per second
 * @param concurrency          N = X·R by Little's law (R: mean response time of every response)
 * @param cpuSecondsPerRequest the service's CPU-seconds per response by the utilisation law (NaN if unknown)
 * @param achievedLevel        the knob achieved: successes of the first journey's primary request per second
 * @param verdict              PASS, FAIL or INCONCLUSIVE with reasons
 */
public record StepMeasurement(
        int index,
        double level,
        double fromSeconds,
        double toSeconds,
        List<RequestStats> requests,
        List<JourneyRate> journeys,
        ServerStats server,
        InjectorStats injector,
        double throughputPerSecond,
        double concurrency,
        double cpuSecondsPerRequest,
        double achievedLevel,
        StepVerdict verdict) {

    public StepMeasurement {
        requests = List.copyOf(requests);
        journeys = List.copyOf(journeys);
    }

    /** @return the window's length, seconds */
    public double seconds() {
        return toSeconds - fromSeconds;
    }
}
