package org.sevasurge.benchmarks.results;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One entry of a JMH result file: a benchmark method with one set of parameters. Immutable (the sample array is
 * never handed out for writing).
 *
 * @param benchmark           the fully qualified method, e.g.
 *                            {@code org.sevasurge.benchmarks.status.StatusJsonBenchmark.serverJson}
 * @param mode                JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param params              the {@code @Param} values, sorted by name; empty when the benchmark has none
 * @param score               the primary score in {@code unit}; NaN or infinite when JMH had no usable data
 * @param scoreError          half-width of JMH's 99.9 % confidence interval; NaN when JMH could not compute one
 * @param unit                e.g. {@code us/op} or {@code ops/s}
 * @param samples             the finite per-iteration scores of all forks ({@code rawData}), in {@code unit}
 * @param allocBytesPerOp     {@code gc.alloc.rate.norm} in bytes per operation; NaN when not measured
 * @param allocSamples        the finite per-iteration values of {@code gc.alloc.rate.norm}
 */
public record BenchmarkResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        double scoreError,
        String unit,
        double[] samples,
        double allocBytesPerOp,
        double[] allocSamples) {

    private static final String OWN_PACKAGE = "org.sevasurge.benchmarks.";

    public BenchmarkResult {
        params = Map.copyOf(new TreeMap<>(params));
        samples = samples.clone();
        allocSamples = allocSamples.clone();
    }

    /** Benchmark and parameters: what identifies the same measurement in two files. */
    public String key() {
        return benchmark + paramsText();
    }

    /**
     * The name without this project's package prefix, with its parameters:
     * {@code status.StatusJsonBenchmark.serverJson [status=APPROVED]}.
     */
    public String displayName() {
        String name = benchmark.startsWith(OWN_PACKAGE) ? benchmark.substring(OWN_PACKAGE.length()) : benchmark;
        return name + paramsText();
    }

    /** {@code documentSize=150KB, documents=4}, or empty. */
    public String paramsList() {
        return new TreeMap<>(params)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** True for throughput, where a higher score is better; every other mode measures time, lower is better. */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    public boolean hasScore() {
        return Double.isFinite(score);
    }

    public boolean hasAlloc() {
        return Double.isFinite(allocBytesPerOp);
    }

    @Override
    public double[] samples() {
        return samples.clone();
    }

    @Override
    public double[] allocSamples() {
        return allocSamples.clone();
    }

    private String paramsText() {
        return params.isEmpty() ? "" : " [" + paramsList() + "]";
    }
}
