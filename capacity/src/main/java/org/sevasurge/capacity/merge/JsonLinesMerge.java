package org.sevasurge.capacity.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sevasurge.capacity.runs.LoadRunFolder;

/** The JSON-lines files of a merge, each line's {@code t} shifted by its injector's offset. Stateless. */
final class JsonLinesMerge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesMerge() {}

    /** Every line of every folder's {@code file}, sorted by time. */
    static void concatenate(List<LoadRunFolder> runs, List<Long> shifts, String file, Path out) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            all.addAll(shifted(read(runs.get(i), file), shifts.get(i), file));
        }
        all.sort(Comparator.comparingLong(line -> line.path("t").asLong(0)));
        write(out.resolve(file), all);
    }

    /** The lines of the first folder whose {@code file} has any. */
    static void firstWith(List<LoadRunFolder> runs, List<Long> shifts, String file, Path out) throws IOException {
        for (int i = 0; i < runs.size(); i++) {
            List<JsonNode> lines = read(runs.get(i), file);
            if (!lines.isEmpty()) {
                write(out.resolve(file), shifted(lines, shifts.get(i), file));
                return;
            }
        }
        write(out.resolve(file), List.of());
    }

    /** The injectors' CPU added per second of the common clock. */
    static void injectorCpuPerSecond(List<LoadRunFolder> runs, List<Long> shifts, Path out) throws IOException {
        Map<Long, Double> perSecond = new TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (JsonNode line : shifted(runs.get(i).injectorMetrics(), shifts.get(i), "injector-metrics.jsonl")) {
                perSecond.merge(
                        Math.floorDiv(line.path("t").asLong(), 1000L),
                        line.path("cpuCores").asDouble(0),
                        Double::sum);
            }
        }
        List<JsonNode> lines = new ArrayList<>();
        perSecond.forEach((second, cores) ->
                lines.add(JSON.createObjectNode().put("t", second * 1000 + 500).put("cpuCores", cores)));
        write(out.resolve("injector-metrics.jsonl"), lines);
    }

    private static List<JsonNode> read(LoadRunFolder run, String file) {
        return switch (file) {
            case "arrivals.jsonl" -> run.arrivals();
            case "responses.jsonl" -> run.responses();
            case "server-metrics.jsonl" -> run.serverMetrics();
            default -> readLines(run.dir().resolve(file));
        };
    }

    private static List<JsonNode> readLines(Path file) {
        List<JsonNode> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new org.sevasurge.capacity.BadInputException(file + ": not JSON lines (" + e.getMessage() + ")", e);
        }
        return lines;
    }

    private static List<JsonNode> shifted(List<JsonNode> lines, long shift, String file) {
        if (shift == 0) {
            return lines;
        }
        List<JsonNode> shiftedLines = new ArrayList<>();
        for (JsonNode line : lines) {
            if (line.has("t") && line instanceof ObjectNode object) {
                ObjectNode copy = object.deepCopy();
                copy.put("t", LoadRunFolder.timeOf(line, file) + shift);
                shiftedLines.add(copy);
            } else {
                shiftedLines.add(line);
            }
        }
        return shiftedLines;
    }

    private static void write(Path file, List<JsonNode> lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode line : lines) {
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
    }
}
