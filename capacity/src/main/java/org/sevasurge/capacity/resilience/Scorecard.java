package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The resilience scorecard of a set of scenarios: {@code resilience.json} (format {@value #SCHEMA}, version
 * {@value #VERSION}) and {@code resilience.md} in the set's folder. A backlog replay's scenario has a {@code backlog}
 * object (the fields of {@link BacklogFigures}, null where NaN); others have none, as files written before it. Stateless.
 */
public final class Scorecard {
    public static final String SCHEMA = "sevasurge-resilience";
    public static final int VERSION = 1;
    public static final String JSON_FILE = "resilience.json";
    public static final String MARKDOWN_FILE = "resilience.md";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Scorecard() {}

    /** Writes both files into {@code dir}; returns the Markdown. */
    public static String write(Path dir, List<ScenarioResult> results, double wallSeconds) {
        ObjectNode root = JSON.createObjectNode()
                .put("schema", SCHEMA)
                .put("schemaVersion", VERSION)
                .put("wallSeconds", wallSeconds)
                .put(
                        "verdict",
                        results.stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.FAIL) ? "FAIL" : "PASS");
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult result : results) {
            ObjectNode node = scenarios
                    .addObject()
                    .put("scenario", result.scenario())
                    .put("verdict", result.outcome().name())
                    .put("runDir", result.runDir());
            result.reasons().forEach(node.putArray("reasons")::add);
            ScenarioFigures f = result.figures();
            if (f != null) {
                node.put("offeredPerSecond", f.offeredPerSecond()).put("goodputPerSecond", f.goodputPerSecond());
                number(node, "detectSeconds", f.detectSeconds());
                number(node, "recoverSeconds", f.recoverSeconds());
                ObjectNode shape = node.putObject("errorShape");
                f.errorShape().forEach((status, count) -> shape.put(String.valueOf(status), count));
                node.put("faultSubmitP99Millis", f.faultSubmitP99Millis())
                        .put("refusalP99Millis", f.refusalP99Millis())
                        .put("acknowledged", f.acknowledged())
                        .put("retriesAnswered", f.retriesAnswered())
                        .put("lost", f.lost())
                        .put("duplicated", f.duplicated());
                BacklogFigures b = f.backlog();
                // Only a backlog replay has the field: a reader of older scorecards finds it missing anyway.
                if (b != null) {
                    ObjectNode backlog = node.putObject("backlog").put("applications", b.applications());
                    number(backlog, "drainSeconds", b.drainSeconds());
                    backlog.put("outstandingAtEnd", b.outstandingAtEnd());
                    number(backlog, "statusP95BeforeMillis", b.statusP95BeforeMillis());
                    number(backlog, "statusP95DrainMillis", b.statusP95DrainMillis());
                    number(backlog, "submitP99BeforeMillis", b.submitP99BeforeMillis());
                    number(backlog, "submitP99DrainMillis", b.submitP99DrainMillis());
                }
            }
            ArrayNode faults = node.putArray("faults");
            for (FaultWindow w : result.faults()) {
                faults.addObject()
                        .put("target", w.target())
                        .put("what", w.action())
                        .put("plannedAt", w.plannedAt())
                        .put("plannedUntil", w.plannedUntil())
                        .put("startedAtMillis", w.startedAtMillis())
                        .put("endedAtMillis", w.endedAtMillis());
            }
        }
        String markdown = markdown(results, wallSeconds);
        try {
            JSON.writeValue(dir.resolve(JSON_FILE).toFile(), root);
            Files.writeString(dir.resolve(MARKDOWN_FILE), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scorecard into " + dir, e);
        }
        return markdown;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    static String markdown(List<ScenarioResult> results, double wallSeconds) {
        StringBuilder md = new StringBuilder("# Resilience scorecard\n\n")
                .append("| scenario | verdict | detect | recover | goodput/s (offered) | errors during faults"
                        + " | lost | duplicated | why |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            ScenarioFigures f = r.figures();
            md.append("| ")
                    .append(r.scenario())
                    .append(" | ")
                    .append(r.outcome())
                    .append(" | ");
            if (f == null) {
                md.append("- | - | - | - | - | - | ");
            } else {
                md.append(ScenarioResult.seconds(f.detectSeconds()))
                        .append(" | ")
                        .append(ScenarioResult.seconds(f.recoverSeconds()))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f (%.2f)", f.goodputPerSecond(), f.offeredPerSecond()))
                        .append(" | ")
                        .append(ScenarioResult.shape(f.errorShape()))
                        .append(" | ")
                        .append(f.lost())
                        .append(" | ")
                        .append(f.duplicated())
                        .append(" | ");
            }
            md.append(String.join("; ", r.reasons()).replace("|", "/")).append(" |\n");
        }
        // A backlog replay's drain and normal traffic's latency meanwhile: too long for a cell, a line each.
        String backlogs = results.stream()
                .filter(r -> r.figures() != null && r.figures().backlog() != null)
                .map(r -> "- " + r.scenario() + ": " + r.figures().backlog().line() + "\n")
                .collect(Collectors.joining());
        if (!backlogs.isEmpty()) {
            md.append('\n').append(backlogs);
        }
        return md.append(String.format(Locale.ROOT, "%nWall time: %.0f s.%n", wallSeconds))
                .toString();
    }
}
