package org.sevasurge.capacity.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard's files carry a backlog replay's figures, and only a backlog replay has them. */
class ScorecardTest {
    @TempDir
    Path dir;

    private static ScenarioResult result(String scenario, ScenarioFigures figures) {
        return new ScenarioResult(scenario, ScenarioResult.Outcome.PASS, List.of(), figures, List.of(), scenario);
    }

    private static ScenarioFigures figures(BacklogFigures backlog) {
        return new ScenarioFigures(2, 1.9, 1.0, 0.0, Map.of(503, 40L), 300, 8, 300, 12, 0, 0, backlog);
    }

    @Test
    void aBacklogReplaysFiguresGoIntoTheJsonAndTheMarkdown() throws Exception {
        ScenarioResult drained = result("backlog-replay", figures(new BacklogFigures(80, 14.0, 1, 12, 40, 300, 900)));
        ScenarioResult stuck = result(
                "backlog-stuck", figures(new BacklogFigures(80, Double.NaN, 30, Double.NaN, Double.NaN, 300, 900)));
        ScenarioResult other = result(
                "disk-full", new ScenarioFigures(2, 1.4, 0.8, 0.4, Map.of(507, 58L), 1_200, 12, 120, 3, 0, 0, null));

        String markdown = Scorecard.write(dir, List.of(drained, stuck, other), 300);

        JsonNode scenarios = new ObjectMapper()
                .readTree(dir.resolve(Scorecard.JSON_FILE).toFile())
                .get("scenarios");
        JsonNode backlog = scenarios.get(0).get("backlog");
        assertThat(backlog.get("applications").asLong()).isEqualTo(80);
        assertThat(backlog.get("drainSeconds").asDouble()).isEqualTo(14.0);
        assertThat(backlog.get("outstandingAtEnd").asLong()).isEqualTo(1);
        assertThat(backlog.get("statusP95BeforeMillis").asDouble()).isEqualTo(12.0);
        assertThat(backlog.get("statusP95DrainMillis").asDouble()).isEqualTo(40.0);
        assertThat(backlog.get("submitP99BeforeMillis").asDouble()).isEqualTo(300.0);
        assertThat(backlog.get("submitP99DrainMillis").asDouble()).isEqualTo(900.0);
        assertThat(scenarios.get(1).at("/backlog/drainSeconds").isNull())
                .as("not drained: null, never the invalid NaN")
                .isTrue();
        assertThat(scenarios.get(1).at("/backlog/statusP95DrainMillis").isNull())
                .as("no status read recorded")
                .isTrue();
        assertThat(scenarios.get(2).has("backlog"))
                .as("a scenario without a backlog has no field, as scorecards written before")
                .isFalse();
        assertThat(markdown)
                .contains("- backlog-replay: backlog 80 applications drained in 14.0 s; status p95 40 ms (12 ms"
                        + " before), submissions p99 900 ms (300 ms before)\n")
                .contains("- backlog-stuck: backlog 80 applications not drained (30 outstanding at the end); status"
                        + " p95 - (- before), submissions p99 900 ms (300 ms before)\n")
                .doesNotContain("- disk-full:");
        assertThat(Files.readString(dir.resolve(Scorecard.MARKDOWN_FILE))).isEqualTo(markdown);
    }
}
