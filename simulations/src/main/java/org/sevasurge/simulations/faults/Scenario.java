package org.sevasurge.simulations.faults;

import java.util.List;

/**
 * A resilience scenario: a load run of {@code seconds} at {@code loadPercent} of the measured capacity, with its
 * faults timed inside it. Immutable.
 *
 * @param name            e.g. {@code payment-slow}
 * @param description     one sentence for the output
 * @param seconds         the load run's length
 * @param loadPercent     the share of the measured capacity offered (overridden by {@code --load} or {@code --rate})
 * @param faults          the timeline, in the order of the file
 * @param addedP99Millis  what a dependency fault may add to accepted submissions' p99 over the p99 before it
 */
public record Scenario(
        String name,
        String description,
        double seconds,
        double loadPercent,
        List<FaultEntry> faults,
        double addedP99Millis) {

    public Scenario {
        faults = List.copyOf(faults);
    }
}
