package org.sevasurge.benchmarks.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Writes result files shaped like JMH 1.37's {@code -rf json} output, for tests: one entry per {@link #add}, with
 * raw samples in one fork, NaN written as JMH writes it (the string {@code "NaN"}) unless asked for bare tokens.
 */
final class JmhResults {

    private final List<String> entries = new ArrayList<>();

    /** An entry whose score is the mean of {@code samples} and whose allocation is {@code allocBytes} (NaN: none). */
    JmhResults add(String benchmark, String mode, String unit, double allocBytes, double... samples) {
        return addRaw(
                benchmark,
                mode,
                "{}",
                unit,
                number(DoubleStream.of(samples).average().orElse(Double.NaN)),
                allocBytes,
                samples);
    }

    /** An entry with {@code params} given as a JSON object, e.g. {@code {"documents" : "4"}}. */
    JmhResults addWithParams(String benchmark, String params, String unit, double... samples) {
        return addRaw(
                benchmark,
                "avgt",
                params,
                unit,
                number(DoubleStream.of(samples).average().orElse(Double.NaN)),
                Double.NaN,
                samples);
    }

    /** An entry whose score is written exactly as {@code scoreJson} (e.g. {@code "NaN"} quoted, or bare NaN). */
    JmhResults addRaw(
            String benchmark,
            String mode,
            String params,
            String unit,
            String scoreJson,
            double allocBytes,
            double... samples) {
        String raw = DoubleStream.of(samples).mapToObj(JmhResults::number).collect(Collectors.joining(", "));
        StringBuilder entry = new StringBuilder("""
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "%s",
                    "mode" : "%s",
                    "threads" : 1,
                    "forks" : 1,
                    "params" : %s,
                    "primaryMetric" : {
                        "score" : %s,
                        "scoreError" : "NaN",
                        "scoreConfidence" : [ "NaN", "NaN" ],
                        "scoreUnit" : "%s",
                        "rawData" : [ [ %s ] ]
                    },
                    "secondaryMetrics" : {""".formatted(benchmark, mode, params, scoreJson, unit, raw));
        if (!Double.isNaN(allocBytes)) {
            entry.append("""

                        "gc.alloc.rate.norm" : {
                            "score" : %1$s,
                            "scoreError" : "NaN",
                            "scoreUnit" : "B/op",
                            "rawData" : [ [ %1$s, %1$s ] ]
                        }
                    """.formatted(number(allocBytes)));
        }
        entry.append("}\n}");
        entries.add(entry.toString());
        return this;
    }

    Path writeTo(Path file) {
        try {
            Files.writeString(file, "[\n" + String.join(",\n", entries) + "\n]\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JMH's way: finite numbers plain, NaN and infinities as strings. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    /** {@code n} samples spread evenly within ±{@code spread} (a fraction) around {@code mean}. */
    static double[] around(double mean, double spread, int n) {
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = mean * (1 + spread * (2.0 * i / (n - 1) - 1));
        }
        return samples;
    }
}
