package org.sevasurge.capacity.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.usl.UslFitter;
import org.sevasurge.capacity.usl.UslPoint;

class CapacityJsonTest {
    @TempDir
    Path dir;

    static Schema schema() throws Exception {
        try (InputStream in = CapacityJson.class.getResourceAsStream("capacity.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        }
    }

    static List<Error> validate(JsonNode document) throws Exception {
        return schema().validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON);
    }

    @Test
    void aFoundCapacityWithUslSizingAndStorageMatchesTheSchema() throws Exception {
        List<SearchedStep> steps = List.of(
                new SearchedStep("staircase-1", CapacityFindingTest.step(10, Outcome.PASS)),
                new SearchedStep(
                        "staircase-1", CapacityFindingTest.step(20, Outcome.FAIL, "status p95 30 ms > 25 ms")));
        CapacityFinding finding =
                CapacityFinding.of(steps.stream().map(SearchedStep::step).toList(), "submissions/s", "season mix");
        CapacityResult result = new CapacityResult(
                "20261201-100000-capacity-0a1b2c3d",
                "season-mix",
                "http://127.0.0.1:8080",
                Map.of("holdSeconds", 30, "stepPercent", 25.0),
                finding,
                steps,
                UslFitter.fit(
                        List.of(new UslPoint(1, 10), new UslPoint(2, 19), new UslPoint(4, 33), new UslPoint(8, 50))),
                null,
                List.of(Sizing.of("busy hour", 8.57, 10, 0.7)),
                new StorageFootprint(120, 650_000, 4_000),
                61.5);
        Path file = dir.resolve(CapacityJson.FILE);

        CapacityJson.write(result, file);

        JsonNode written = new ObjectMapper().readTree(file.toFile());
        assertThat(validate(written))
                .as("capacity.json is valid against its schema")
                .isEmpty();
        assertThat(written.get("capacityPerSecond").asDouble()).isEqualTo(10.0);
        assertThat(written.get("limit").get("reason").asText()).isEqualTo("status p95 30 ms > 25 ms");
        assertThat(written.get("steps")).hasSize(2);
    }

    @Test
    void aResultWithoutCapacityOrFitMatchesTheSchemaToo() throws Exception {
        List<SearchedStep> steps =
                List.of(new SearchedStep("staircase-1", CapacityFindingTest.step(10, Outcome.FAIL, "x")));
        CapacityResult result = new CapacityResult(
                "r",
                "submit",
                "http://127.0.0.1:1",
                Map.of(),
                CapacityFinding.of(List.of(steps.get(0).step()), "submissions/s", "submit"),
                steps,
                null,
                "a USL fit needs at least 4 points, got 1",
                List.of(),
                null,
                5);
        JsonNode json = CapacityJson.toJson(result);
        assertThat(validate(json)).isEmpty();
        assertThat(json.get("capacityPerSecond").isNull()).isTrue();
    }

    @Test
    void theSchemaRefusesAForeignDocument() throws Exception {
        assertThat(validate(new ObjectMapper().readTree("{\"schema\":\"other\"}")))
                .isNotEmpty();
    }
}
