package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.BadInputException;

/**
 * The latest JMH results of the hot paths ({@code ./sevasurge bench} writes JMH's JSON to
 * {@code target/sevasurge/bench/<timestamp>/results.json}), each mapped to the request it is part of, so the
 * report can set a benchmark's time per operation beside the request's measured CPU demand. Stateless.
 */
final class BenchResults {
    /** Benchmark class (simple name) -> the request it is part of. */
    private static final Map<String, String> REQUEST = byBenchmark(Map.of(
            "submit",
            List.of(
                    "MultipartSubmissionBenchmark",
                    "DurableWriteBenchmark",
                    "DocumentHashBenchmark",
                    "DocumentTypeBenchmark",
                    "PayloadHashBenchmark",
                    "SubmissionFormBenchmark",
                    "IdempotencyLookupBenchmark",
                    "ApplicationNumberBenchmark",
                    "StorageGuardBenchmark"),
            "status",
            List.of("StatusJsonBenchmark"),
            "decision",
            List.of("CertificateIssueBenchmark"),
            "certificate-verification",
            List.of("VerificationLookupBenchmark", "SignatureVerifyBenchmark"),
            "login",
            List.of("LoginBenchmark")));
    /** Benchmarks that run once per document of a submission. */
    private static final List<String> PER_DOCUMENT =
            List.of("DurableWriteBenchmark", "DocumentHashBenchmark", "DocumentTypeBenchmark");

    private BenchResults() {}

    private static Map<String, String> byBenchmark(Map<String, List<String>> benchmarksByRequest) {
        Map<String, String> requestByBenchmark = new HashMap<>();
        benchmarksByRequest.forEach(
                (request, benchmarks) -> benchmarks.forEach(benchmark -> requestByBenchmark.put(benchmark, request)));
        return Map.copyOf(requestByBenchmark);
    }

    /** @return the newest {@code results.json} under {@code benchDir} (its timestamped folders), or null */
    static @Nullable Path newest(Path benchDir) {
        if (benchDir == null || !Files.isDirectory(benchDir)) {
            return null;
        }
        try (Stream<Path> folders = Files.list(benchDir)) {
            return folders.map(f -> f.resolve("results.json"))
                    .filter(Files::isRegularFile)
                    .max(Path::compareTo)
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @param file              JMH's JSON results
     * @param documentsPerApplication documents per submission (for the per-document benchmarks)
     * @param demandMillis      the request's CPU demand, ms, by request (identifiable ones only)
     * @return one row per result
     */
    static List<DemandSection.BenchRow> read(
            Path file, double documentsPerApplication, Map<String, Double> demandMillis) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not JMH's JSON results (" + e.getMessage() + ")", e);
        }
        if (!root.isArray()) {
            throw new BadInputException(
                    file + ": not JMH's JSON results: accepted: the array JMH writes with -rf json");
        }
        List<DemandSection.BenchRow> rows = new ArrayList<>();
        for (JsonNode result : root) {
            String benchmark = result.path("benchmark").asText();
            String[] parts = benchmark.split("\\.");
            String simpleClass = parts.length >= 2 ? parts[parts.length - 2] : benchmark;
            String shortName = parts.length >= 3
                    ? parts[parts.length - 3] + "." + simpleClass + "." + parts[parts.length - 1]
                    : benchmark;
            double millis = millisPerOp(
                    result.path("primaryMetric"), result.path("threads").asInt(1), file);
            String request = REQUEST.get(simpleClass);
            if (request != null && "LoginBenchmark".equals(simpleClass) && !parts[parts.length - 1].contains("login")) {
                request = null; // the token and access-code checks are parts of every officer or citizen request
            }
            double ops = PER_DOCUMENT.contains(simpleClass) ? documentsPerApplication : 1;
            Double demand = request == null ? null : demandMillis.get(request);
            rows.add(new DemandSection.BenchRow(
                    shortName,
                    params(result.path("params")),
                    millis,
                    request,
                    ops,
                    demand == null || demand <= 0 ? null : millis * ops / demand));
        }
        return rows;
    }

    /**
     * @return the time of one operation, ms: an average time as it is; a throughput of {@code threads} threads
     * together turned into each operation's time (threads / throughput)
     */
    private static double millisPerOp(JsonNode metric, int threads, Path file) {
        double score = metric.path("score").asDouble(Double.NaN);
        String unit = metric.path("scoreUnit").asText("");
        return switch (unit) {
            case "ns/op" -> score / 1e6;
            case "us/op" -> score / 1e3;
            case "ms/op" -> score;
            case "s/op" -> score * 1e3;
            case "ops/s" -> 1e3 * threads / score;
            case "ops/ms" -> threads / score;
            case "ops/us" -> 1e-3 * threads / score;
            default ->
                throw new BadInputException(file + ": scoreUnit '" + unit + "' is not understood: accepted"
                        + " values: ns/op, us/op, ms/op, s/op, ops/s, ops/ms, ops/us");
        };
    }

    private static String params(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.fields()
                .forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", parts);
    }
}
