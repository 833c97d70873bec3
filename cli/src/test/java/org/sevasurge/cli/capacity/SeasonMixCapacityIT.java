package org.sevasurge.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.cli.Cli;

/**
 * A capacity search of the season mix on the embedded testbed, as a user runs it but within a budget of a minute and
 * a half: its structure is asserted, not its figures (those depend on the machine).
 */
@Tag("load")
class SeasonMixCapacityIT {

    @Test
    void aSeasonMixSearchRecordsRisingStepsAndAValidCapacityJson() throws Exception {
        Path runs = Path.of("target", "it-runs", "season-mix").toAbsolutePath();

        Cli.Result result =
                Cli.runLine("capacity --profile smoke --from 0.5 --step 60 --hold 12 --budget 1.5 --runs %s", runs);

        assertThat(result.exitCode())
                .as("output:%n%s%n%s", result.out(), result.err())
                .isIn(0, 1);
        Path search = KnownCapacityCheck.newestSearch(runs);
        JsonNode capacity =
                new ObjectMapper().readTree(search.resolve(CapacityJson.FILE).toFile());
        assertThat(schemaErrors(capacity))
                .as("capacity.json is valid against its schema")
                .isEmpty();
        assertThat(capacity.get("unit").asText()).isEqualTo("submissions/s");
        assertThat(capacity.get("wallSeconds").asDouble())
                .as("within the budget plus start-up")
                .isLessThan(300);

        List<Double> offered = new ArrayList<>();
        for (JsonNode step : capacity.get("steps")) {
            if (step.get("staircase").asText().equals("staircase-1")) {
                offered.add(step.get("offeredPerSecond").asDouble());
            }
            assertThat(step.get("achievedPerSecond").asDouble())
                    .as("achieved rates are recorded")
                    .isPositive();
            assertThat(step.get("requests"))
                    .as("per-request figures are recorded")
                    .isNotEmpty();
        }
        assertThat(offered)
                .as("the staircase rises")
                .isSortedAccordingTo(Double::compare)
                .hasSizeGreaterThan(1);
        assertVerdictsConsistent(capacity);

        String status = capacity.get("status").asText();
        if (status.equals("ABOVE_RANGE")) {
            assertThat(capacity.get("line").asText()).contains("above the range searched");
        } else if (status.equals("FOUND")) {
            assertThat(capacity.get("capacityPerSecond").asDouble())
                    .isLessThan(capacity.get("limit").get("atPerSecond").asDouble());
        }
        String[] lines = result.out().strip().split("\n");
        assertThat(lines[lines.length - 1])
                .as("the capacity is the last line printed")
                .startsWith("capacity: ");
        assertThat(search.resolve("staircase-1").resolve("ledger-check.json"))
                .content()
                .contains("\"intact\" : true");
        assertThat(search.resolve("report").resolve("report.json"))
                .as("the search writes its report")
                .isNotEmptyFile();
        assertThat(result.out()).contains("report: " + search.resolve("report").resolve("index.html"));
    }

    /** The capacity is the highest pass below the first failing or inconclusive step, and every step below it passed. */
    private static void assertVerdictsConsistent(JsonNode capacity) {
        double firstBad = Double.POSITIVE_INFINITY;
        for (JsonNode step : capacity.get("steps")) {
            if (!step.get("verdict").asText().equals("PASS")) {
                firstBad = Math.min(firstBad, step.get("offeredPerSecond").asDouble());
                assertThat(step.get("reasons"))
                        .as("a step that did not pass says why")
                        .isNotEmpty();
            }
        }
        if (!capacity.get("capacityPerSecond").isNull()) {
            assertThat(capacity.get("capacityPerSecond").asDouble()).isLessThan(firstBad);
        }
    }

    private static List<?> schemaErrors(JsonNode document) throws Exception {
        try (InputStream in = CapacityJson.class.getResourceAsStream("capacity.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON);
        }
    }
}
