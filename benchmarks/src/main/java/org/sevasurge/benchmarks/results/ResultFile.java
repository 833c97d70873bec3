package org.sevasurge.benchmarks.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON that JMH writes with {@code -rf json} (or {@code ResultFormatType.JSON}). JMH writes NaN and
 * infinities as the strings {@code "NaN"} and {@code "Infinity"}; hand-edited or other tools' files may carry
 * them as bare tokens, which are accepted too. Every problem is reported as a {@link BadInputException} naming
 * the file, the entry and the field. Stateless and thread-safe.
 */
public final class ResultFile {

    static final Set<String> MODES = Set.of("thrpt", "avgt", "sample", "ss");
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ResultFile() {}

    public static List<BenchmarkResult> read(Path file) throws BadInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new BadInputException(
                    file + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(file + " is empty; expected the JSON array JMH writes with -rf json");
        }
        if (!root.isArray()) {
            throw new BadInputException(file + " holds a JSON "
                    + root.getNodeType().name().toLowerCase() + ", not the array of results JMH writes with -rf json");
        }
        if (root.isEmpty()) {
            throw new BadInputException(file + " holds no benchmark results (an empty array)");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            BenchmarkResult result = entry(file, i + 1, root.get(i));
            Integer earlier = seen.putIfAbsent(result.key(), i + 1);
            if (earlier != null) {
                throw new BadInputException(file + ": results #" + earlier + " and #" + (i + 1) + " are both "
                        + result.displayName() + "; a file holds one result per benchmark and params");
            }
            results.add(result);
        }
        return results;
    }

    private static BenchmarkResult entry(Path file, int number, JsonNode node) throws BadInputException {
        String where = file + ": result #" + number;
        if (!node.isObject()) {
            throw new BadInputException(where + " is not a JSON object");
        }
        String benchmark = requiredText(node, "benchmark", where);
        where = where + " (" + benchmark + ")";
        String mode = requiredText(node, "mode", where);
        if (!MODES.contains(mode)) {
            throw new BadInputException(where + " has mode '" + mode + "'; expected one of thrpt, avgt, sample, ss");
        }
        JsonNode primary = node.get("primaryMetric");
        if (primary == null || !primary.isObject()) {
            throw new BadInputException(where + " has no \"primaryMetric\" object");
        }
        if (!primary.has("score")) {
            throw new BadInputException(where + " has no \"primaryMetric.score\"");
        }
        double score = number(primary.get("score"), where + ": primaryMetric.score");
        double error = primary.has("scoreError")
                ? number(primary.get("scoreError"), where + ": primaryMetric.scoreError")
                : Double.NaN;
        String unit = requiredText(primary, "scoreUnit", where + ": primaryMetric");
        double[] samples = samples(primary, where + ": primaryMetric");
        double alloc = Double.NaN;
        double[] allocSamples = new double[0];
        JsonNode secondary = node.get("secondaryMetrics");
        if (secondary != null && secondary.isObject()) {
            for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
                // JMH 1.37 names it "gc.alloc.rate.norm"; older versions prefix a middle dot.
                if (metric.getKey().endsWith(ALLOC_NORM) && metric.getValue().isObject()) {
                    String metricWhere = where + ": secondaryMetrics." + metric.getKey();
                    alloc = metric.getValue().has("score")
                            ? number(metric.getValue().get("score"), metricWhere + ".score")
                            : Double.NaN;
                    allocSamples = samples(metric.getValue(), metricWhere);
                }
            }
        }
        return new BenchmarkResult(
                benchmark, mode, params(node, where), score, error, unit, samples, alloc, allocSamples);
    }

    private static Map<String, String> params(JsonNode node, String where) throws BadInputException {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode json = node.get("params");
        if (json == null || json.isNull()) {
            return params;
        }
        if (!json.isObject()) {
            throw new BadInputException(where + ": \"params\" is not an object");
        }
        for (Map.Entry<String, JsonNode> param : json.properties()) {
            params.put(param.getKey(), param.getValue().asText());
        }
        return params;
    }

    /**
     * The finite per-iteration scores: {@code rawData} ([fork][iteration]) or, in sample mode,
     * {@code rawDataHistogram} ([fork][iteration][[value, count]...]) reduced to each iteration's mean.
     */
    private static double[] samples(JsonNode metric, String where) throws BadInputException {
        List<Double> values = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        JsonNode histogram = metric.get("rawDataHistogram");
        if (raw != null && raw.isArray()) {
            for (JsonNode fork : raw) {
                for (JsonNode iteration : arrayOf(fork, where + ".rawData")) {
                    values.add(number(iteration, where + ".rawData"));
                }
            }
        } else if (histogram != null && histogram.isArray()) {
            for (JsonNode fork : histogram) {
                for (JsonNode iteration : arrayOf(fork, where + ".rawDataHistogram")) {
                    values.add(histogramMean(arrayOf(iteration, where + ".rawDataHistogram"), where));
                }
            }
        }
        return values.stream()
                .filter(Double::isFinite)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    private static double histogramMean(JsonNode buckets, String where) throws BadInputException {
        double sum = 0;
        double count = 0;
        for (JsonNode bucket : buckets) {
            JsonNode pair = arrayOf(bucket, where + ".rawDataHistogram");
            if (pair.size() != 2) {
                throw new BadInputException(where + ".rawDataHistogram has a bucket that is not [value, count]");
            }
            double value = number(pair.get(0), where + ".rawDataHistogram");
            double n = number(pair.get(1), where + ".rawDataHistogram");
            sum += value * n;
            count += n;
        }
        return count > 0 ? sum / count : Double.NaN;
    }

    private static JsonNode arrayOf(JsonNode node, String where) throws BadInputException {
        if (!node.isArray()) {
            throw new BadInputException(where + " is not an array of arrays");
        }
        return node;
    }

    /** A number, or JMH's spelling of a non-finite one ({@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}). */
    static double number(JsonNode node, String where) throws BadInputException {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.asText().trim()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new BadInputException(where + " is " + node + ", not a number");
    }

    private static String requiredText(JsonNode node, String field, String where) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadInputException(where + " has no \"" + field + "\" text");
        }
        return value.asText();
    }
}
