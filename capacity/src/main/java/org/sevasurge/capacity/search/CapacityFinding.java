package org.sevasurge.capacity.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.StepMeasurement;

/**
 * The capacity a search established: the highest passing rate below the lowest failing or inconclusive one (a pass
 * above a failure is noise, never capacity), and the limit: the first reason of that lowest failing step. An
 * inconclusive step is never capacity. Immutable.
 *
 * @param status            what could be established
 * @param capacityPerSecond the capacity (a lower bound for ABOVE_RANGE and INJECTOR_LIMIT), or null for BELOW_RANGE
 * @param limitAtPerSecond  the rate of the step that limited it, or null for ABOVE_RANGE
 * @param limitReason       that step's first reason, or null
 * @param unit              e.g. {@code submissions/s}
 * @param label             what was searched, e.g. {@code season mix}
 */
public record CapacityFinding(
        FindingStatus status,
        @Nullable Double capacityPerSecond,
        @Nullable Double limitAtPerSecond,
        @Nullable String limitReason,
        String unit,
        String label) {

    /** @return the finding of {@code steps} (any order) */
    public static CapacityFinding of(List<StepMeasurement> steps, String unit, String label) {
        List<StepMeasurement> byLevel = steps.stream()
                .sorted(Comparator.comparingDouble(StepMeasurement::level))
                .toList();
        Optional<StepMeasurement> firstBad = byLevel.stream()
                .filter(s -> s.verdict().outcome() != Outcome.PASS)
                .findFirst();
        double ceiling = firstBad.map(StepMeasurement::level).orElse(Double.POSITIVE_INFINITY);
        Optional<StepMeasurement> lastPass = byLevel.stream()
                .filter(s -> s.verdict().outcome() == Outcome.PASS && s.level() < ceiling)
                .reduce((a, b) -> b);
        Double capacity = lastPass.map(StepMeasurement::level).orElse(null);
        if (firstBad.isEmpty()) {
            return new CapacityFinding(FindingStatus.ABOVE_RANGE, capacity, null, null, unit, label);
        }
        StepMeasurement bad = firstBad.get();
        FindingStatus status = bad.verdict().outcome() == Outcome.INCONCLUSIVE
                ? FindingStatus.INJECTOR_LIMIT
                : capacity == null ? FindingStatus.BELOW_RANGE : FindingStatus.FOUND;
        return new CapacityFinding(status, capacity, bad.level(), bad.verdict().limit(), unit, label);
    }

    /**
     * @return the last line a search prints, e.g. {@code capacity: 41.5 submissions/s (season mix); limit: status
     * p95 212 ms > 25 ms at 46.0 submissions/s}
     */
    public String line() {
        return switch (status) {
            case FOUND ->
                format(
                        "capacity: %s %s (%s); limit: %s at %s %s",
                        rate(capacityPerSecond), unit, label, limitReason, rate(limitAtPerSecond), unit);
            case ABOVE_RANGE ->
                format(
                        "capacity: above the range searched (%s): every step passed up to %s %s",
                        label, rate(capacityPerSecond), unit);
            case BELOW_RANGE ->
                format(
                        "capacity: below the range searched (%s): the first step, %s %s, failed: %s",
                        label, rate(limitAtPerSecond), unit, limitReason);
            case INJECTOR_LIMIT ->
                format(
                        "capacity: not established (%s): the injector is the limit at %s %s (%s)%s",
                        label,
                        rate(limitAtPerSecond),
                        unit,
                        limitReason,
                        capacityPerSecond == null
                                ? ""
                                : format("; the service held at least %s %s", rate(capacityPerSecond), unit));
        };
    }

    static String rate(Double value) {
        if (value == null) {
            return "-";
        }
        return value >= 100 ? format("%.0f", value) : value >= 10 ? format("%.1f", value) : format("%.2f", value);
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
