package org.sevasurge.benchmarks.results;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JMH's score units ({@code ns/op} .. {@code s/op}, {@code ops/ns} .. {@code ops/day}) and the factor between two
 * of the same kind, so that a baseline taken in {@code ms/op} can be compared with a run in {@code us/op}.
 * Stateless.
 */
final class ScoreUnits {

    /** Nanoseconds per JMH time-unit label: whole numbers, so that ratios of them are exact. */
    private static final Map<String, Double> NANOS = Map.of(
            "ns", 1.0, "us", 1e3, "\u00b5s", 1e3, "ms", 1e6, "s", 1e9, "min", 60e9, "hr", 3600e9, "day", 86400e9);

    private ScoreUnits() {}

    /**
     * The factor that turns a score in {@code from} into one in {@code to} ({@code 1000} for {@code ms/op} to
     * {@code us/op}); NaN when the units are not two time-per-operation or two operations-per-time units.
     */
    static double factor(String from, String to) {
        if (from.equals(to)) {
            return 1;
        }
        double[] a = parse(from);
        double[] b = parse(to);
        if (a == null || b == null || a[0] != b[0]) {
            return Double.NaN;
        }
        // a[0]: 0 for time per op, 1 for ops per time; a[1]: nanoseconds per time unit.
        return a[0] == 0 ? a[1] / b[1] : b[1] / a[1];
    }

    private static double @Nullable [] parse(String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            return null;
        }
        if (parts[1].equals("op") && NANOS.containsKey(parts[0])) {
            return new double[] {0, NANOS.get(parts[0])};
        }
        if (parts[0].equals("ops") && NANOS.containsKey(parts[1])) {
            return new double[] {1, NANOS.get(parts[1])};
        }
        return null;
    }
}
