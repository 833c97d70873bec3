package org.sevasurge.capacity.steps;

import java.util.List;

/**
 * A step's outcome and every reason for it (empty for a pass), the first reason being the limiting one. Immutable.
 *
 * @param outcome the outcome
 * @param reasons why, e.g. {@code status p95 212 ms > 25 ms}
 */
public record StepVerdict(Outcome outcome, List<String> reasons) {

    public StepVerdict {
        reasons = List.copyOf(reasons);
    }

    /** @return the first reason, or {@code ""} for a pass */
    public String limit() {
        return reasons.isEmpty() ? "" : reasons.get(0);
    }
}
