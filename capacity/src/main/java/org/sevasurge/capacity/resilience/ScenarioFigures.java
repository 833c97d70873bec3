package org.sevasurge.capacity.resilience;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario's run measured around its faults. Times in seconds, NaN where there was nothing to measure (no
 * failure to detect, never recovered). Immutable.
 *
 * @param offeredPerSecond     submissions offered per second
 * @param goodputPerSecond     acknowledged submissions per second over the whole run
 * @param detectSeconds        from the first fault's start to the end of the first second showing it
 * @param recoverSeconds       from the last fault's end to the start of the first clean stretch
 * @param errorShape           responses by HTTP status (not 2xx; 0: no response) during the faults
 * @param faultSubmitP99Millis accepted submissions' p99 during the faults
 * @param refusalP99Millis     failed requests' p99 during the faults (how fast a refusal is)
 * @param acknowledged         applications acknowledged (201)
 * @param retriesAnswered      of them, acknowledged on a retry with the same Idempotency-Key
 * @param lost                 acknowledged but not read back
 * @param duplicated           acknowledged twice (a key with two numbers, a number under two keys)
 * @param backlog              a backlog replay's drain and normal traffic's latency meanwhile; null for a scenario
 *                             without a {@code backlog} fault
 */
public record ScenarioFigures(
        double offeredPerSecond,
        double goodputPerSecond,
        double detectSeconds,
        double recoverSeconds,
        Map<Integer, Long> errorShape,
        double faultSubmitP99Millis,
        double refusalP99Millis,
        long acknowledged,
        long retriesAnswered,
        long lost,
        long duplicated,
        @Nullable BacklogFigures backlog) {

    public ScenarioFigures {
        errorShape = Map.copyOf(errorShape);
    }
}
