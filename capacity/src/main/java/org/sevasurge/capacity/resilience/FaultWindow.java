package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * One fault as it happened: one line of {@code faults.jsonl}. Its start is when the fault was in effect (the
 * volume filled, the process killed, the profile switched), its end when it was healed (the service answering ready
 * again, the ballast deleted). Immutable.
 *
 * @param target          e.g. {@code payment}, {@code service}, {@code documents-volume}
 * @param kind            {@code dependency}, {@code service}, {@code database} or {@code documents-volume}
 * @param action          e.g. {@code slow}, {@code kill}, {@code fill}
 * @param plannedAt       the timeline's start, run seconds
 * @param plannedUntil    the timeline's end, run seconds
 * @param startedAtMillis when it was in effect, epoch ms
 * @param endedAtMillis   when it was healed, epoch ms
 */
public record FaultWindow(
        String target,
        String kind,
        String action,
        double plannedAt,
        double plannedUntil,
        long startedAtMillis,
        long endedAtMillis) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the JSON line, without its line break ({@code t}: the end, as every line of a run folder has) */
    public String toJsonLine() {
        ObjectNode line = JSON.createObjectNode()
                .put("t", endedAtMillis)
                .put("target", target)
                .put("kind", kind)
                .put("what", action)
                .put("plannedAt", plannedAt)
                .put("plannedUntil", plannedUntil)
                .put("startedAtMillis", startedAtMillis)
                .put("endedAtMillis", endedAtMillis);
        return line.toString();
    }

    /** @return the faults recorded in a run folder, in the order they ended */
    public static List<FaultWindow> of(LoadRunFolder run) {
        return run.faults().stream().map(line -> from(line, run)).toList();
    }

    private static FaultWindow from(JsonNode line, LoadRunFolder run) {
        for (String field : List.of("target", "kind", "what", "startedAtMillis", "endedAtMillis")) {
            if (!line.hasNonNull(field)) {
                throw new BadInputException(
                        run.dir().resolve(RunLayout.FAULTS) + ": a line has no '" + field + "': " + line);
            }
        }
        return new FaultWindow(
                line.get("target").asText(),
                line.get("kind").asText(),
                line.get("what").asText(),
                line.path("plannedAt").asDouble(),
                line.path("plannedUntil").asDouble(),
                line.get("startedAtMillis").asLong(),
                line.get("endedAtMillis").asLong());
    }

    /** @return how long the fault lasted, seconds */
    public double seconds() {
        return (endedAtMillis - startedAtMillis) / 1000.0;
    }

    /** e.g. {@code payment slow}. */
    public String describe() {
        return target + " " + action;
    }
}
