package org.sevasurge.capacity.readiness;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runway.Runway;
import org.sevasurge.capacity.verdict.LedgerResult;

/**
 * What the season verdict is decided on. Immutable.
 *
 * @param instances           instances the state runs (>= 1)
 * @param capacityPerInstance one instance's capacity for the season mix, submissions/s, or null if unknown
 * @param capacityNote        why the capacity is unknown or only a bound (empty when it was found)
 * @param targetUtilisation   the utilisation planned at the busy hour, 0..1
 * @param peaks               the calendar's peaks
 * @param runways             the storage runway of each volume (empty when it could not be computed)
 * @param runwayProblem       why there is no runway, or null
 * @param ledger              the ack ledger's read-back, or null when not checked
 * @param runFailures         a season run's failed SLOs (empty: passed, or not a season run)
 * @param invalidMeasurement  why the injector invalidated the measurements, or null
 */
public record ReadinessInputs(
        int instances,
        @Nullable Double capacityPerInstance,
        String capacityNote,
        double targetUtilisation,
        List<Peak> peaks,
        List<Runway> runways,
        @Nullable String runwayProblem,
        @Nullable LedgerResult ledger,
        List<String> runFailures,
        @Nullable String invalidMeasurement) {

    public ReadinessInputs {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
        peaks = List.copyOf(peaks);
        runways = List.copyOf(runways);
        runFailures = List.copyOf(runFailures);
    }
}
