package org.sevasurge.capacity.readiness;

import java.util.List;

/**
 * The season verdict and every reason for it, the worst first. Immutable.
 *
 * @param readiness the verdict: the worst any reason sets, READY without reasons
 * @param instances the instances it was judged for
 * @param reasons   the reasons
 */
public record SeasonVerdict(Readiness readiness, int instances, List<Reason> reasons) {

    public SeasonVerdict {
        reasons = List.copyOf(reasons);
    }

    /** @return one line, e.g. {@code AT RISK with 2 instances: ...} */
    public String line() {
        String head = readiness.label() + " with " + instances + (instances == 1 ? " instance" : " instances");
        return reasons.isEmpty()
                ? head + ": every rule holds"
                : head + ": "
                        + String.join("; ", reasons.stream().map(Reason::text).toList());
    }
}
