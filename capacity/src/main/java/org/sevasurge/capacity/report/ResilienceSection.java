package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.resilience.BacklogFigures;
import org.sevasurge.capacity.resilience.Scorecard;

/**
 * The resilience scorecard in the report: each scenario of a {@code resilience} run with its verdict, time to detect
 * and to recover, error shape, goodput, lost and duplicated applications and its fault windows, and a backlog
 * replay's drain. Read from the scorecard's {@code resilience.json}. Immutable.
 *
 * @param source      the scorecard file read
 * @param verdict     FAIL when a scenario failed, else PASS
 * @param wallSeconds how long the scenarios took
 * @param scenarios   one row per scenario
 */
public record ResilienceSection(String source, String verdict, double wallSeconds, List<Row> scenarios) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ResilienceSection {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario. Times in seconds (null: nothing to detect, or never recovered). Immutable.
     *
     * @param faults  each fault: target, what, planned start and end in run seconds, and how long it really lasted
     * @param backlog a backlog replay's drain and normal traffic's latency meanwhile (NaN where the scorecard has
     *                null); null for other scenarios and scorecards written before backlogs were judged
     */
    public record Row(
            String scenario,
            String verdict,
            List<String> reasons,
            @Nullable Double offeredPerSecond,
            @Nullable Double goodputPerSecond,
            @Nullable Double detectSeconds,
            @Nullable Double recoverSeconds,
            Map<String, Long> errorShape,
            @Nullable Long lost,
            @Nullable Long duplicated,
            List<Fault> faults,
            @Nullable BacklogFigures backlog) {
        public Row {
            reasons = List.copyOf(reasons);
            errorShape = Map.copyOf(errorShape);
            faults = List.copyOf(faults);
        }

        /** @return e.g. {@code disk-full PASS: detect 1.0 s, recover 0.4 s, goodput 1.35/s of 2.00/s, lost 0} */
        public String line() {
            if (offeredPerSecond == null) {
                return scenario + " " + verdict + ": " + String.join("; ", reasons);
            }
            String line = String.format(
                    Locale.ROOT,
                    "%s %s: detect %s, recover %s, goodput %.2f/s of %.2f/s, errors" + " %s, lost %d, duplicated %d",
                    scenario,
                    verdict,
                    seconds(detectSeconds),
                    seconds(recoverSeconds),
                    goodputPerSecond,
                    offeredPerSecond,
                    errorShape.isEmpty() ? "none" : errorShape.toString(),
                    lost,
                    duplicated);
            if (backlog != null) {
                line += "; " + backlog.line();
            }
            return reasons.isEmpty() ? line : line + " (" + String.join("; ", reasons) + ")";
        }

        private static String seconds(@Nullable Double value) {
            return value == null ? "-" : String.format(Locale.ROOT, "%.1f s", value);
        }
    }

    /** One fault window of a scenario. */
    public record Fault(String target, String what, double plannedAt, double plannedUntil, double seconds) {}

    /** @return the scorecard of {@code path}: a resilience set's folder or its {@code resilience.json} */
    public static ResilienceSection read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(Scorecard.JSON_FILE) : path;
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(
                    file + ": not a resilience scorecard (" + e.getMessage() + "); accepted: the"
                            + " folder of a './sevasurge resilience' run or its " + Scorecard.JSON_FILE,
                    e);
        }
        if (!Scorecard.SCHEMA.equals(root.path("schema").asText())
                || root.path("schemaVersion").asInt() != Scorecard.VERSION) {
            throw new BadInputException(
                    file + ": schema '" + root.path("schema").asText() + "' version " + root.path("schemaVersion")
                            + ": accepted: " + Scorecard.SCHEMA + " version " + Scorecard.VERSION);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode s : root.path("scenarios")) {
            List<String> reasons = new ArrayList<>();
            s.path("reasons").forEach(r -> reasons.add(r.asText()));
            Map<String, Long> shape = new LinkedHashMap<>();
            s.path("errorShape")
                    .fields()
                    .forEachRemaining(e -> shape.put(e.getKey(), e.getValue().asLong()));
            List<Fault> faults = new ArrayList<>();
            s.path("faults")
                    .forEach(f -> faults.add(new Fault(
                            f.path("target").asText(),
                            f.path("what").asText(),
                            f.path("plannedAt").asDouble(),
                            f.path("plannedUntil").asDouble(),
                            (f.path("endedAtMillis").asLong()
                                            - f.path("startedAtMillis").asLong())
                                    / 1000.0)));
            rows.add(new Row(
                    s.path("scenario").asText(),
                    s.path("verdict").asText(),
                    reasons,
                    number(s, "offeredPerSecond"),
                    number(s, "goodputPerSecond"),
                    number(s, "detectSeconds"),
                    number(s, "recoverSeconds"),
                    shape,
                    whole(s, "lost"),
                    whole(s, "duplicated"),
                    faults,
                    backlog(s.path("backlog"))));
        }
        return new ResilienceSection(
                file.toString(),
                root.path("verdict").asText(),
                root.path("wallSeconds").asDouble(),
                rows);
    }

    /** @return the backlog figures of a scenario's {@code backlog} object, null when it has none */
    private static @Nullable BacklogFigures backlog(JsonNode backlog) {
        if (!backlog.isObject()) {
            return null;
        }
        return new BacklogFigures(
                backlog.path("applications").asLong(),
                nan(backlog, "drainSeconds"),
                backlog.path("outstandingAtEnd").asLong(),
                nan(backlog, "statusP95BeforeMillis"),
                nan(backlog, "statusP95DrainMillis"),
                nan(backlog, "submitP99BeforeMillis"),
                nan(backlog, "submitP99DrainMillis"));
    }

    private static double nan(JsonNode node, String field) {
        Double value = number(node, field);
        return value == null ? Double.NaN : value;
    }

    private static @Nullable Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }

    private static @Nullable Long whole(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }
}
