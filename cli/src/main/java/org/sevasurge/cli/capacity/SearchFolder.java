package org.sevasurge.cli.capacity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.capacity.search.CapacityResult;
import org.sevasurge.capacity.verdict.RunResults;

/**
 * A search's own run folder ({@code runs/<search-id>/}): its {@code run.json} (kind {@code capacity}, the settings,
 * its staircases, each a load run folder inside it), {@code capacity.json} and {@code summary.txt}. Not thread-safe.
 */
final class SearchFolder {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final ObjectNode root = JSON.createObjectNode();

    SearchFolder(Path dir, SearchSettings settings) {
        this.dir = dir;
        root.put("schema", RunLayout.SCHEMA);
        root.put("schemaVersion", RunLayout.VERSION);
        root.put("runId", dir.getFileName().toString());
        root.put("kind", RunLayout.KIND_CAPACITY);
        root.put("profile", "capacity " + settings.journey());
        root.set("parameters", JSON.valueToTree(settings.asMap()));
        root.putArray("staircases");
    }

    void writeStarted(Instant at) {
        root.put("startedAt", at.toString());
        root.putNull("endedAt");
        write();
    }

    void target(String url) {
        ((ObjectNode) root.get("parameters")).put("target", url);
        write();
    }

    String target() {
        return root.path("parameters").path("target").asText("");
    }

    void addStaircase(String name) {
        root.withArray("staircases").add(name);
        write();
    }

    void writeResult(CapacityResult result, boolean ledgerIntact, String summary) {
        root.put("endedAt", Instant.now().toString());
        root.put("capacityFile", CapacityJson.FILE);
        write();
        Map<String, Object> headlines = new LinkedHashMap<>();
        headlines.put(
                "capacity/s",
                result.finding().capacityPerSecond() == null
                        ? null
                        : Math.round(result.finding().capacityPerSecond() * 100) / 100.0);
        headlines.put("unit", result.finding().unit());
        headlines.put("steps", result.steps().size());
        if (result.finding().limitReason() != null) {
            headlines.put("limit", result.finding().limitReason());
        }
        RunResults.write(
                dir,
                result.finding().status().name(),
                ledgerIntact ? List.of() : List.of("ledger broken"),
                headlines,
                summary);
    }

    private void write() {
        try {
            JSON.writeValue(dir.resolve(RunLayout.RUN_JSON).toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(RunLayout.RUN_JSON), e);
        }
    }
}
