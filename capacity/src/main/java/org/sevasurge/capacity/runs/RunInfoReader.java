package org.sevasurge.capacity.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.BadInputException;

/** Reads {@code run.json} into a {@link RunInfo}, refusing foreign files and unknown versions. Stateless. */
final class RunInfoReader {
    private RunInfoReader() {}

    static RunInfo read(Path file) {
        JsonNode root = JsonFiles.read(file);
        String schema = root.path("schema").asText("");
        if (!RunLayout.SCHEMA.equals(schema)) {
            throw new BadInputException(file + ": not a Seva Surge run (field 'schema' is '" + schema + "', expected '"
                    + RunLayout.SCHEMA + "')");
        }
        int version = (int) JsonFiles.number(root, "schemaVersion", file);
        if (version != RunLayout.VERSION) {
            throw new BadInputException(file + ": schemaVersion " + version + " is not supported: accepted values: "
                    + RunLayout.VERSION + " (re-run it, or analyse it with the Seva Surge version that wrote it)");
        }
        JsonNode plan = JsonFiles.required(root, "plan", file);
        List<PlanStep> steps = new ArrayList<>();
        for (JsonNode step : JsonFiles.required(plan, "steps", file)) {
            steps.add(new PlanStep(
                    step.path("index").asInt(),
                    JsonFiles.number(step, "startSeconds", file),
                    JsonFiles.number(step, "endSeconds", file),
                    JsonFiles.number(step, "levelStart", file),
                    JsonFiles.number(step, "levelEnd", file),
                    rates(step.path("offeredStart")),
                    rates(step.path("offeredEnd"))));
        }
        List<JourneySpec> journeys = new ArrayList<>();
        for (JsonNode journey : JsonFiles.required(root, "journeys", file)) {
            journeys.add(new JourneySpec(
                    JsonFiles.required(journey, "id", file).asText(),
                    journey.path("open").asBoolean(true),
                    JsonFiles.required(journey, "primaryRequest", file).asText()));
        }
        Map<String, Slo> slos = new LinkedHashMap<>();
        JsonFiles.required(root, "slo", file)
                .fields()
                .forEachRemaining(entry -> slos.put(
                        entry.getKey(),
                        new Slo(
                                JsonFiles.number(entry.getValue(), "p95Millis", file),
                                JsonFiles.number(entry.getValue(), "p99Millis", file),
                                JsonFiles.number(entry.getValue(), "maxErrorPercent", file))));
        return new RunInfo(
                JsonFiles.required(root, "runId", file).asText(),
                JsonFiles.required(root, "kind", file).asText(),
                root.path("profile").asText(""),
                plan.path("knobUnit").asText("submissions/s"),
                (long) JsonFiles.number(root, "loadStartedAtMillis", file),
                JsonFiles.number(plan, "totalSeconds", file),
                steps,
                journeys,
                slos,
                root.path("parameters").path("injectorCores").asDouble(1.0),
                root.path("parameters").path("target").asText(""));
    }

    private static Map<String, Double> rates(JsonNode node) {
        Map<String, Double> rates = new LinkedHashMap<>();
        node.fields()
                .forEachRemaining(
                        entry -> rates.put(entry.getKey(), entry.getValue().asDouble()));
        return rates;
    }
}
