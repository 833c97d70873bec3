package org.sevasurge.capacity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.readiness.Peak;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;
import org.sevasurge.capacity.runway.SeasonDates;
import org.sevasurge.capacity.runway.Watermarks;

class ReportBuilderTest {
    /** The shipped calendar's shape: 400,000 a month, x2.12 growth, three peak months. */
    static final SeasonDates SEASON = new SeasonDates(
            LocalDate.of(2027, 5, 15),
            LocalDate.of(2027, 10, 31),
            400_000,
            2.12,
            Map.of(Month.JUNE, 3.0, Month.JULY, 3.0, Month.AUGUST, 3.0));

    static final ReportInputs INPUTS = new ReportInputs(
            2,
            List.of(
                    new Peak("season busy hour", 8.57, Peak.BUSY_HOUR),
                    new Peak("results-day burst", 42.8, Peak.RESULTS_DAY)),
            null,
            SEASON,
            Watermarks.SERVICE_DEFAULTS,
            Map.of(),
            null,
            null,
            4,
            null);

    @TempDir
    static Path dir;

    static Path search;
    static Report report;

    @BeforeAll
    static void writeASearchAndItsReport() {
        search = SyntheticSearch.write(dir.resolve("20270115-100000-capacity-season-mix-synthetic"));
        report = ReportBuilder.build(List.of(search), dir.resolve("merged"), INPUTS);
    }

    static List<Error> validate(String json) throws Exception {
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON);
        }
    }

    @Test
    void aSearchsReportJsonIsValidAgainstTheShippedSchema() throws Exception {
        String json = ReportJson.write(report);

        assertThat(validate(json)).as("report.json against report.schema.json").isEmpty();
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.path("schema").asText()).isEqualTo("sevasurge-report");
        assertThat(tree.path("resilience").isNull())
                .as("the scorecard's place, empty until measured")
                .isTrue();
    }

    @Test
    void theSchemaRefusesAReportWithAnUnknownVerdict() throws Exception {
        String json = ReportJson.write(report)
                .replace("\"readiness\" : \"" + report.verdict().readiness() + "\"", "\"readiness\" : \"MAYBE\"");

        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void theCapacityLimitAndSizingComeFromTheSearch() {
        CapacitySection capacity = report.capacity();

        assertThat(capacity.status()).isEqualTo("FOUND");
        assertThat(capacity.perInstance())
                .as("the last pass below the failing 8/s")
                .isEqualTo(6.0);
        assertThat(capacity.limitReason()).startsWith("status p95");
        assertThat(capacity.sizing()).hasSize(2);
        assertThat(capacity.sizing().get(0).rows().get(0).instances())
                .as("ceil(8.57 / (6 x 0.7))")
                .isEqualTo(3);
    }

    @Test
    void theVerdictCarriesEachReasonWithItsNumbers() {
        assertThat(report.verdict().readiness()).isEqualTo("NOT_READY");
        assertThat(report.verdict().reasons())
                .extracting(Report.ReasonRow::code)
                .containsExactly("VOLUME_FLOOD", "BUSY_HOUR_ABOVE_TARGET", "RESULTS_DAY_SHEDS_LOAD");
        assertThat(report.verdict().reasons().get(1).figures())
                .containsEntry("instancesNeeded", 3)
                .containsEntry("instances", 2)
                .containsEntry("capacityPerInstance", 6.0);
    }

    @Test
    void theRunwayIsProjectedFromTheMeasuredBytesPerApplicationAndVolume() {
        StorageSection storage = report.storage();

        assertThat(storage.documentBytesPerApplication())
                .as("the first scrape's second is counted twice: within 1 %")
                .isCloseTo(600_000.0, within(6_000.0));
        assertThat(storage.databaseBytesPerApplication()).isCloseTo(4_000.0, within(40.0));
        assertThat(storage.volumes()).hasSize(1);
        StorageSection.VolumeRunway documents = storage.volumes().get(0);
        assertThat(documents.source()).isEqualTo("measured");
        assertThat(documents.sizeBytes()).isEqualTo(1e12);
        assertThat(documents.dates()).hasSize(170).first().isEqualTo("2027-05-15");
        // 40 % + in May 400,000 x 2.12 / 31 x 600,000 = 16.4 GB a day: 85 % of 1 TB on day 27 (10 June by the June
        // rate)
        assertThat(documents.lowOn()).isNotNull();
        assertThat(documents.sentence()).startsWith("the documents volume reaches flood stage (95 %) on");
    }

    @Test
    void theServiceDemandsAreRecoveredFromTheStaircasesWindows() {
        DemandSection demand = report.demand();
        DemandSection.DemandRow submit = demand.classes().stream()
                .filter(c -> c.request().equals("submit"))
                .findFirst()
                .orElseThrow();

        assertThat(demand.windows())
                .as("80 s in 5-s windows, the last cut by the last scrape")
                .isEqualTo(15);
        assertThat(submit.identifiable()).as(submit.reason()).isTrue();
        assertThat(submit.cpuMillis()).isCloseTo(SyntheticSearch.SUBMIT_CPU_SECONDS * 1000, within(0.8));
    }

    @Test
    void theMarkdownStaysUnderFortyLinesAndLeadsWithTheVerdict() {
        String markdown = ReportMarkdown.render(report);

        assertThat(markdown.lines().count()).isLessThan(ReportMarkdown.MAX_LINES);
        assertThat(markdown)
                .startsWith("# Seva Surge: NOT READY with 2 instances\n")
                .contains("`BUSY_HOUR_ABOVE_TARGET`")
                .contains("- capacity per instance: 6.00 submissions/s (FOUND");
    }

    @Test
    void aRunJsonOfAnotherVersionNamesTheFileAndTheVersionsAccepted() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.writeString(
                old.resolve("run.json"), "{\"schema\":\"sevasurge-run\",\"schemaVersion\":1,\"kind\":\"season\"}");

        assertThatThrownBy(() -> ReportBuilder.build(List.of(old), dir.resolve("m"), INPUTS))
                .isInstanceOf(BadInputException.class)
                .hasMessage(old.resolve("run.json") + ": schemaVersion 1 is not supported: accepted values: 2 (analyse"
                        + " it with the Seva Surge version that wrote it)");
    }

    @Test
    void aFolderThatIsNotARunIsNamed() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));

        assertThatThrownBy(() -> ReportBuilder.build(List.of(photos), dir.resolve("m"), INPUTS))
                .hasMessage(photos + ": not a Seva Surge run folder (no run.json)");
        assertThatThrownBy(() -> ReportBuilder.build(List.of(dir.resolve("missing")), dir.resolve("m"), INPUTS))
                .hasMessage(dir.resolve("missing") + ": no such run folder");
    }

    @Test
    void aTruncatedLatencyLogNamesTheFile() throws Exception {
        Path run = new SyntheticRun(dir.resolve("season-truncated"), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 10, 1, Map.of("status", 5.0))
                .second(1, "status", "status", 5, 3, 0, 200, 500)
                .second(2, "status", "status", 5, 3, 0, 200, 500)
                .write(10);
        Path hlog = run.resolve("latency").resolve("status.hlog");
        byte[] bytes = Files.readAllBytes(hlog);
        Files.write(hlog, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        assertThatThrownBy(() -> ReportBuilder.build(List.of(run), dir.resolve("m2"), INPUTS))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(hlog + ": unreadable after 1 interval(s), the file is truncated");
    }
}
