package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The capacity per instance and the instances next season needs. Immutable.
 *
 * @param status            FOUND, ABOVE_RANGE, BELOW_RANGE or INJECTOR_LIMIT
 * @param searched          what was searched (season-mix, a journey, request)
 * @param unit              e.g. {@code submissions/s}
 * @param perInstance       the capacity (a lower bound for ABOVE_RANGE and INJECTOR_LIMIT), or null
 * @param limitAtPerSecond  the rate of the step that limited it, or null
 * @param limitReason       why that step failed, or null
 * @param line              the search's last line
 * @param targetUtilisation the utilisation the sizing plans for, 0..1
 * @param sizing            one table per peak (empty unless a season-mix capacity was found)
 */
public record CapacitySection(
        String status,
        String searched,
        String unit,
        @Nullable Double perInstance,
        @Nullable Double limitAtPerSecond,
        @Nullable String limitReason,
        String line,
        double targetUtilisation,
        List<SizingTable> sizing) {

    public CapacitySection {
        sizing = List.copyOf(sizing);
    }

    /**
     * Instances for one peak. Immutable.
     *
     * @param peak          e.g. {@code season busy hour}
     * @param peakPerSecond its rate
     * @param rows          N, N+1, N+2
     */
    public record SizingTable(String peak, double peakPerSecond, List<SizingRow> rows) {
        public SizingTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row. Immutable.
     *
     * @param label              N, N+1 or N+2
     * @param instances          instances
     * @param utilisation        0..1+
     * @param waitingProbability Erlang C P(wait)
     */
    public record SizingRow(String label, int instances, double utilisation, double waitingProbability) {}
}
