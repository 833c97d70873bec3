package org.sevasurge.capacity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.resilience.FaultWindow;
import org.sevasurge.capacity.resilience.ScenarioFigures;
import org.sevasurge.capacity.resilience.ScenarioResult;
import org.sevasurge.capacity.resilience.Scorecard;

/** A resilience scorecard given to the report: in report.json (valid against the schema), report.md and index.html. */
class ResilienceReportTest {
    @TempDir
    Path dir;

    private Path scorecard() throws Exception {
        Path set = Files.createDirectories(dir.resolve("20270115-110000-resilience-synthetic"));
        FaultWindow fill = new FaultWindow("documents-volume", "documents-volume", "fill", 30, 60, 1_000, 31_000);
        ScenarioResult pass = new ScenarioResult(
                "disk-full",
                ScenarioResult.Outcome.PASS,
                List.of(),
                new ScenarioFigures(2, 1.4, 0.8, 0.4, Map.of(507, 58L), 1_200, 12, 120, 3, 0, 0),
                List.of(fill),
                set.resolve("disk-full").toString());
        ScenarioResult fail = new ScenarioResult(
                "payment-slow",
                ScenarioResult.Outcome.FAIL,
                List.of("submissions while payment slow: p99 6100 ms > 900 ms before it + 2000 ms"),
                new ScenarioFigures(2, 1.9, 2.0, Double.NaN, Map.of(), 6_100, 0, 160, 0, 0, 0),
                List.of(),
                set.resolve("payment-slow").toString());
        Scorecard.write(set, List.of(pass, fail, ScenarioResult.skipped("database-restart", "no database here")), 300);
        return set;
    }

    @Test
    void theScorecardGoesIntoEveryFormOfTheReport() throws Exception {
        Path search = SyntheticSearch.write(dir.resolve("20270115-100000-capacity-season-mix-synthetic"));
        ReportInputs base = ReportBuilderTest.INPUTS;
        ReportInputs inputs = new ReportInputs(
                base.instances(),
                base.peaks(),
                base.targetUtilisation(),
                base.season(),
                base.watermarks(),
                base.volumes(),
                null,
                null,
                base.documentsPerApplication(),
                scorecard());

        Report report = ReportBuilder.build(List.of(search), dir.resolve("merged"), inputs);

        String json = ReportJson.write(report);
        assertThat(ReportBuilderTest.validate(json))
                .as("report.json against report.schema.json")
                .isEmpty();
        JsonNode resilience = new ObjectMapper().readTree(json).get("resilience");
        assertThat(resilience.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(resilience.get("scenarios")).hasSize(3);
        JsonNode diskFull = resilience.get("scenarios").get(0);
        assertThat(diskFull.get("detectSeconds").asDouble()).isEqualTo(0.8);
        assertThat(diskFull.at("/errorShape/507").asLong()).isEqualTo(58);
        assertThat(diskFull.at("/faults/0/seconds").asDouble())
                .as("the fault's real length")
                .isEqualTo(30.0);
        assertThat(resilience.get("scenarios").get(1).get("recoverSeconds").isNull())
                .as("never recovered")
                .isTrue();

        String markdown = ReportMarkdown.render(report);
        assertThat(markdown.lines().count()).isLessThan(ReportMarkdown.MAX_LINES);
        assertThat(markdown)
                .contains("- resilience: FAIL, 3 scenarios")
                .contains("  - payment-slow FAIL: detect 2.0 s, recover -, goodput 1.90/s of 2.00/s")
                .contains("  - database-restart SKIPPED: no database here");

        String html = ReportHtml.render(report);
        assertThat(html)
                .contains("<td>disk-full</td><td>PASS</td>")
                .contains("documents-volume fill 30-60 s (30 s)")
                .doesNotContain("Not given: run");
    }

    @Test
    void aFileThatIsNotAScorecardIsNamed() throws Exception {
        Path other = Files.writeString(dir.resolve("resilience.json"), "{\"schema\": \"sevasurge-run\"}");

        assertThatThrownBy(() -> ResilienceSection.read(other))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(other + ": schema 'sevasurge-run' version")
                .hasMessageContaining("accepted: sevasurge-resilience version 1");
    }
}
