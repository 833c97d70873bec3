package org.sevasurge.capacity.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;
import org.sevasurge.capacity.search.CapacityJson;

/**
 * One side of a comparison: a season run (its whole load), or a capacity search (its capacity, and its steps by
 * offered rate, each a steady window of one staircase). Immutable.
 *
 * @param dir      the folder
 * @param kind     {@code season} (or {@code staircase}) or {@code capacity}
 * @param planKey  what must match between the two sides (profile and step boundaries, or the search's settings)
 * @param capacity the capacity per second, or null (a season run, or none established)
 * @param unit     the capacity's unit
 * @param steps    the measured windows (a season run: one, its plan's whole length)
 */
public record ComparedRun(
        Path dir, String kind, String planKey, @Nullable Double capacity, String unit, List<Step> steps) {

    /**
     * A measured window. Immutable.
     *
     * @param level  the offered rate (the knob), or 0 for a season run's whole load
     * @param folder the load run folder holding it
     * @param range  its time range, epoch ms
     */
    public record Step(double level, LoadRunFolder folder, TimeRange range) {}

    /** @return the run in {@code dir}; a {@link BadInputException} naming the file if it is not one */
    public static ComparedRun open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such run folder");
        }
        JsonNode runJson = read(dir.resolve(RunLayout.RUN_JSON), "not a Seva Surge run folder");
        if (!RunLayout.SCHEMA.equals(runJson.path("schema").asText())) {
            throw new BadInputException(dir.resolve(RunLayout.RUN_JSON) + ": not a Seva Surge run (field 'schema' is '"
                    + runJson.path("schema").asText() + "', expected '" + RunLayout.SCHEMA + "')");
        }
        if (RunLayout.KIND_CAPACITY.equals(runJson.path("kind").asText())) {
            return capacity(dir, runJson);
        }
        LoadRunFolder run = LoadRunFolder.open(dir);
        long start = run.info().loadStartedAtMillis();
        // The plan's load: both runs offered the same there (a closed journey's tail after it differs run to run).
        TimeRange all = new TimeRange(start, start + Math.round(run.info().totalSeconds() * 1000));
        StringBuilder key =
                new StringBuilder(run.info().kind() + " " + run.info().profile());
        run.info()
                .steps()
                .forEach(s -> key.append(String.format(
                        java.util.Locale.ROOT, " %.0f-%.0f@%.4g", s.startSeconds(), s.endSeconds(), s.meanLevel())));
        return new ComparedRun(
                dir, run.info().kind(), key.toString(), null, run.info().knobUnit(), List.of(new Step(0, run, all)));
    }

    private static ComparedRun capacity(Path dir, JsonNode runJson) {
        JsonNode capacity = read(dir.resolve(CapacityJson.FILE), "a capacity search without its result");
        if (capacity.path("schemaVersion").asInt() != CapacityJson.VERSION) {
            throw new BadInputException(dir.resolve(CapacityJson.FILE) + ": schemaVersion "
                    + capacity.path("schemaVersion") + " is not supported: accepted values: " + CapacityJson.VERSION);
        }
        JsonNode p = capacity.path("parameters");
        String key = "capacity " + capacity.path("journey").asText() + " from "
                + p.path("fromPerSecond").asText() + " step "
                + p.path("stepPercent").asText() + " % hold "
                + p.path("holdSeconds").asText() + " s";
        List<Step> steps = new ArrayList<>();
        java.util.Map<String, LoadRunFolder> staircases = new java.util.HashMap<>();
        for (JsonNode step : capacity.path("steps")) {
            String name = step.path("staircase").asText();
            LoadRunFolder folder = staircases.computeIfAbsent(name, n -> LoadRunFolder.open(dir.resolve(n)));
            long start = folder.info().loadStartedAtMillis();
            steps.add(new Step(
                    step.path("offeredPerSecond").asDouble(),
                    folder,
                    new TimeRange(
                            start + Math.round(step.path("fromSeconds").asDouble() * 1000),
                            start + Math.round(step.path("toSeconds").asDouble() * 1000))));
        }
        JsonNode value = capacity.path("capacityPerSecond");
        return new ComparedRun(
                dir,
                RunLayout.KIND_CAPACITY,
                key,
                value.isNumber() ? value.asDouble() : null,
                capacity.path("unit").asText(),
                steps);
    }

    private static JsonNode read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.getParent() + ": " + what + " (no " + file.getFileName() + ")");
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }
}
