package org.sevasurge.capacity.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.runs.LoadRunFolder;

/** Adds up lines of {@code responses.jsonl}: responses per request and HTTP status. Stateless. */
public final class StatusCounts {
    private StatusCounts() {}

    /** @return request name -> HTTP status (0: no response) -> responses, over every line */
    public static Map<String, Map<Integer, Long>> sum(List<JsonNode> lines) {
        return weighted(
                lines.stream().map(line -> new LoadRunFolder.Weighted(line, 1)).toList());
    }

    /** @return request name -> HTTP status -> responses, each line counted by its share (rounded) */
    public static Map<String, Map<Integer, Long>> weighted(List<LoadRunFolder.Weighted> lines) {
        Map<String, Map<Integer, Double>> sums = new HashMap<>();
        for (LoadRunFolder.Weighted weighted : lines) {
            weighted.line()
                    .path("status")
                    .fields()
                    .forEachRemaining(request -> request.getValue()
                            .fields()
                            .forEachRemaining(status -> sums.computeIfAbsent(request.getKey(), k -> new HashMap<>())
                                    .merge(
                                            Integer.parseInt(status.getKey()),
                                            status.getValue().asDouble() * weighted.weight(),
                                            Double::sum)));
        }
        Map<String, Map<Integer, Long>> statuses = new HashMap<>();
        sums.forEach((request, counts) -> {
            Map<Integer, Long> rounded = new HashMap<>();
            counts.forEach((status, count) -> rounded.put(status, Math.round(count)));
            statuses.put(request, rounded);
        });
        return statuses;
    }
}
