package org.sevasurge.simulations.faults;

import java.util.Locale;

/**
 * One fault of a scenario's timeline, in run seconds (second 0: the first arrivals). Immutable.
 *
 * @param atSeconds    when it starts
 * @param target       what it hits
 * @param action       what it does there: a mock profile ({@code slow}) or an operation ({@code kill})
 * @param untilSeconds when it is healed (after {@code atSeconds}, within the run)
 */
public record FaultEntry(double atSeconds, FaultTarget target, String action, double untilSeconds) {

    public FaultEntry {
        if (!(untilSeconds > atSeconds) || atSeconds < 0) {
            throw new IllegalArgumentException("a fault must start at a second >= 0 and end after it, got at "
                    + atSeconds + ", until " + untilSeconds);
        }
        if (!target.actions().contains(action)) {
            throw new IllegalArgumentException(
                    target.id() + " cannot '" + action + "': accepted: " + String.join(", ", target.actions()));
        }
    }

    /** e.g. {@code payment slow 30-60 s}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s %.0f-%.0f s", target.id(), action, atSeconds, untilSeconds);
    }
}
