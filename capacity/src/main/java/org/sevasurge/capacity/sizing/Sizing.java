package org.sevasurge.capacity.sizing;

import java.util.List;

/**
 * Instances needed for a peak rate: N = ceil(peak / (capacity x target utilisation)) (at least 1), then N+1 and
 * N+2 for the loss of one or two instances during the peak. Each row states its utilisation and its Erlang C
 * waiting probability, treating every instance as one server of rate {@code capacityPerInstance}. Immutable.
 *
 * @param peakName            what the peak is, e.g. {@code busy hour}, {@code results-day burst}
 * @param peakPerSecond       the projected peak, in the capacity's unit per second
 * @param capacityPerInstance one instance's capacity, same unit
 * @param targetUtilisation   the planned utilisation at the peak (0..1), e.g. 0.7
 * @param rows                N, N+1, N+2
 */
public record Sizing(
        String peakName,
        double peakPerSecond,
        double capacityPerInstance,
        double targetUtilisation,
        List<InstanceRow> rows) {

    public Sizing {
        rows = List.copyOf(rows);
    }

    /** @return the sizing of {@code peakPerSecond} on instances of {@code capacityPerInstance} */
    public static Sizing of(
            String peakName, double peakPerSecond, double capacityPerInstance, double targetUtilisation) {
        if (!(capacityPerInstance > 0) || !(peakPerSecond >= 0) || !(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("sizing needs a capacity > 0, a peak >= 0 and a target utilisation in"
                    + " (0, 1], got " + capacityPerInstance + ", " + peakPerSecond + ", " + targetUtilisation);
        }
        int needed = Math.max(1, (int) Math.ceil(peakPerSecond / (capacityPerInstance * targetUtilisation) - 1e-9));
        double erlangs = peakPerSecond / capacityPerInstance;
        List<InstanceRow> rows = List.of(
                row("N", needed, peakPerSecond, capacityPerInstance, erlangs),
                row("N+1", needed + 1, peakPerSecond, capacityPerInstance, erlangs),
                row("N+2", needed + 2, peakPerSecond, capacityPerInstance, erlangs));
        return new Sizing(peakName, peakPerSecond, capacityPerInstance, targetUtilisation, rows);
    }

    private static InstanceRow row(String label, int instances, double peak, double capacity, double erlangs) {
        return new InstanceRow(
                label, instances, peak / (instances * capacity), ErlangC.waitingProbability(instances, erlangs));
    }

    /** @return the N row: the instances the peak needs at the target utilisation */
    public int instancesNeeded() {
        return rows.get(0).instances();
    }
}
