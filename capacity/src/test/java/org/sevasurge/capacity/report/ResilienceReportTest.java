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
import org.sevasurge.capacity.resilience.BacklogFigures;
import org.sevasurge.capacity.resilience.FaultWindow;
import org.sevasurge.capacity.resilience.ScenarioFigures;
import org.sevasurge.capacity.resilience.ScenarioResult;
import org.sevasurge.capacity.resilience.Scorecard;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

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
                new ScenarioFigures(2, 1.4, 0.8, 0.4, Map.of(507, 58L), 1_200, 12, 120, 3, 0, 0, null),
                List.of(fill),
                set.resolve("disk-full").toString());
        ScenarioResult fail = new ScenarioResult(
                "payment-slow",
                ScenarioResult.Outcome.FAIL,
                List.of("submissions while payment slow: p99 6100 ms > 900 ms before it + 2000 ms"),
                new ScenarioFigures(2, 1.9, 2.0, Double.NaN, Map.of(), 6_100, 0, 160, 0, 0, 0, null),
                List.of(),
                set.resolve("payment-slow").toString());
        FaultWindow replay = new FaultWindow("load", "backlog", "300%", 20, 50, 1_000, 31_000);
        ScenarioResult backlog = new ScenarioResult(
                "backlog-replay",
                ScenarioResult.Outcome.FAIL,
                List.of("the backlog of 120 applications had not drained by the end of the run"),
                new ScenarioFigures(
                        2,
                        1.5,
                        1.0,
                        Double.NaN,
                        Map.of(503, 90L),
                        400,
                        5,
                        200,
                        40,
                        0,
                        0,
                        new BacklogFigures(120, Double.NaN, 20, 10, 30, 100, 400)),
                List.of(replay),
                set.resolve("backlog-replay").toString());
        Scorecard.write(
                set, List.of(pass, fail, ScenarioResult.skipped("database-restart", "no database here"), backlog), 300);
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
        assertThat(resilience.get("scenarios")).hasSize(4);
        JsonNode diskFull = resilience.get("scenarios").get(0);
        assertThat(diskFull.get("detectSeconds").asDouble()).isEqualTo(0.8);
        assertThat(diskFull.at("/errorShape/507").asLong()).isEqualTo(58);
        assertThat(diskFull.at("/faults/0/seconds").asDouble())
                .as("the fault's real length")
                .isEqualTo(30.0);
        assertThat(resilience.get("scenarios").get(1).get("recoverSeconds").isNull())
                .as("never recovered")
                .isTrue();
        assertThat(diskFull.get("backlog").isNull())
                .as("no backlog in a disk-full scenario's scorecard entry")
                .isTrue();
        JsonNode backlog = resilience.get("scenarios").get(3).get("backlog");
        assertThat(backlog.get("applications").asLong()).isEqualTo(120);
        assertThat(backlog.get("drainSeconds").isNull()).as("not drained").isTrue();
        assertThat(backlog.get("outstandingAtEnd").asLong()).isEqualTo(20);
        assertThat(backlog.get("statusP95DrainMillis").asDouble()).isEqualTo(30.0);
        assertThat(backlog.get("submitP99BeforeMillis").asDouble()).isEqualTo(100.0);

        String markdown = ReportMarkdown.render(report);
        assertThat(markdown.lines().count()).isLessThan(ReportMarkdown.MAX_LINES);
        assertThat(markdown)
                .contains("- resilience: FAIL, 4 scenarios")
                .contains("  - payment-slow FAIL: detect 2.0 s, recover -, goodput 1.90/s of 2.00/s")
                .contains("  - database-restart SKIPPED: no database here")
                .contains("  - backlog-replay FAIL: detect 1.0 s, recover -, goodput 1.50/s of 2.00/s, errors {503=90},"
                        + " lost 0, duplicated 0; backlog 120 applications not drained (20 outstanding at the end);"
                        + " status p95 30 ms (10 ms before), submissions p99 400 ms (100 ms before) (the backlog of"
                        + " 120 applications had not drained by the end of the run)");

        String html = ReportHtml.render(report);
        assertThat(html)
                .contains("<td>disk-full</td><td>PASS</td>")
                .contains("documents-volume fill 30-60 s (30 s)")
                .contains("backlog-replay: backlog 120 applications not drained (20 outstanding at the end); status"
                        + " p95 30 ms (10 ms before), submissions p99 400 ms (100 ms before)")
                .doesNotContain("Not given: run")
                .as("a search has no faults to shade")
                .doesNotContain("Shaded:");
    }

    @Test
    void aScenariosRunShadesEachFaultWindowOnItsTimeCharts() throws Exception {
        SyntheticRun scenario = new SyntheticRun(dir.resolve("payment-slow"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 40, 1, Map.of("status", 5.0));
        for (int second = 1; second <= 40; second++) {
            scenario.second(second, "status", "status", 5, 20, 0, 200, 500).serverSample(second, 0.3, 2, 200e6);
        }
        Path run = scenario.write(40);
        long start = SyntheticRun.START_MILLIS;
        FaultWindow kill = new FaultWindow("service", "service", "kill", 25, 30, start + 25_000, start + 31_500);
        FaultWindow slow = new FaultWindow("payment", "dependency", "slow", 10, 35, start + 10_000, start + 35_000);
        // Written in the order the faults ended, as the run records them.
        Files.writeString(run.resolve(RunLayout.FAULTS), kill.toJsonLine() + "\n" + slow.toJsonLine() + "\n");

        Report report = ReportBuilder.build(List.of(run), dir.resolve("merged"), ReportBuilderTest.INPUTS);

        String json = ReportJson.write(report);
        assertThat(ReportBuilderTest.validate(json))
                .as("report.json against report.schema.json")
                .isEmpty();
        JsonNode faults = new ObjectMapper().readTree(json).at("/timeline/faults");
        assertThat(faults).as("each fault once, in the order they started").hasSize(2);
        assertThat(faults.get(0).get("label").asText()).isEqualTo("payment slow");
        assertThat(faults.get(0).get("fromMillis").asLong()).isEqualTo(start + 10_000);
        assertThat(faults.get(0).get("toMillis").asLong()).isEqualTo(start + 35_000);
        assertThat(faults.get(1).get("label").asText()).isEqualTo("service kill");
        assertThat(faults.get(1).get("toMillis").asLong())
                .as("the real end (ready again), not the planned one")
                .isEqualTo(start + 31_500);
        JsonNode statusMillis = new ObjectMapper().readTree(json).at("/timeline/statusMillis");
        assertThat(faults.get(1).get("toMillis").asLong())
                .as("the bands lie on the charts' time axis")
                .isBetween(
                        statusMillis.get(0).asLong(),
                        statusMillis.get(statusMillis.size() - 1).asLong());

        String html = ReportHtml.render(report);
        assertThat(html.split("Shaded: the faults of this run, payment slow \\(25 s\\), service kill \\(7 s\\)\\.", -1))
                .as("named under the responses chart and under the resources charts")
                .hasSize(3);
        assertThat(html).contains("\"faults\":[{\"label\":\"payment slow\",\"fromMillis\":" + (start + 10_000));
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
