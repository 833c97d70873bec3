package org.sevasurge.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.report.SyntheticSearch;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;
import org.sevasurge.cli.Cli;

/** {@code report} in-process: the three files, the planner's options, merging injectors, and every bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private Path search() {
        return SyntheticSearch.write(dir.resolve("20270115-100000-capacity-season-mix-synthetic"));
    }

    /** One injector's folder of a 20-s status plan at half of 10/s, its ledger read back intact. */
    private Path injector(String name) {
        SyntheticRun run = new SyntheticRun(dir.resolve(name), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 20, 5, Map.of("status", 5.0));
        for (int second = 1; second <= 20; second++) {
            run.second(second, "status", "status", 5, 4, 0, 200, 500)
                    .injectorSample(second, 0.2)
                    .serverSample(second, 0.1, 2, 100e6);
        }
        return run.ledgerCheck(0, 0).write(20);
    }

    @Test
    void writesTheThreeFilesIntoTheRunFolderAndPrintsTheVerdictAndPath() throws Exception {
        Path search = search();

        Cli.Result result = Cli.run(
                "report",
                search.toString(),
                "--instances",
                "3",
                "--volume-size",
                "documents=2TB",
                "--volume-used",
                "documents=500GB");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path report = search.resolve("report");
        assertThat(report.resolve("index.html")).isNotEmptyFile();
        assertThat(report.resolve("report.md")).isNotEmptyFile();
        JsonNode json =
                new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertThat(json.path("verdict").path("instances").asInt()).isEqualTo(3);
        JsonNode volume = json.path("storage").path("volumes").get(0);
        assertThat(volume.path("source").asText()).isEqualTo("options");
        assertThat(volume.path("sizeBytes").asDouble()).isEqualTo(2.0 * (1L << 40));
        assertThat(volume.path("usedBytes").asDouble()).isEqualTo(500.0 * (1L << 30));
        assertThat(result.out()).startsWith("# Seva Surge: ").contains("report: " + report.resolve("index.html"));
    }

    @Test
    void theShippedCalendarGivesTheSeasonsDatesAndPeaks() throws Exception {
        Path search = search();

        Cli.Result result =
                Cli.run("report", search.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper()
                .readTree(dir.resolve("out").resolve("report.json").toFile());
        assertThat(json.path("storage").path("seasonStart").asText()).isEqualTo("2027-05-15");
        assertThat(json.path("capacity").path("sizing").get(0).path("peak").asText())
                .isEqualTo("season busy hour");
        assertThat(json.path("capacity")
                        .path("sizing")
                        .get(0)
                        .path("peakPerSecond")
                        .asDouble())
                .as("400,000 / 22 / 27,000 s x 2.12 x 3 x 2")
                .isBetween(8.56, 8.57);
    }

    @Test
    void twoInjectorsFoldersOfOnePlanReportAsOneRun() throws Exception {
        Path a = injector("injector-1");
        Path b = injector("injector-2");

        Cli.Result result = Cli.run(
                "report",
                a.toString(),
                b.toString(),
                "--out",
                dir.resolve("merged").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper()
                .readTree(dir.resolve("merged").resolve("report.json").toFile());
        assertThat(json.path("injectors").asInt()).isEqualTo(2);
        assertThat(json.path("requests").get(0).path("count").asLong())
                .as("both injectors' responses")
                .isEqualTo(200);
        assertThat(dir.resolve("merged")
                        .resolve("merged-run")
                        .resolve("latency")
                        .resolve("status.hlog"))
                .isNotEmptyFile();
    }

    @Test
    void aVolumeUsedBeyondItsSizeExitsTwoNamingBothOptions() {
        Cli.Result result = Cli.run(
                "report", search().toString(), "--volume-size", "documents=100GB", "--volume-used", "documents=200GB");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("--volume-used documents=214748364800 bytes is larger than --volume-size"
                        + " documents=107374182400 bytes");
    }

    @Test
    void anUnknownVolumeOrSizeExitsTwoWithTheAcceptedForm() {
        Cli.Result volume = Cli.run("report", search().toString(), "--volume-size", "photos=1TB");
        Cli.Result size = Cli.run("report", search().toString(), "--volume-size", "documents=lots");

        assertThat(volume.exitCode()).isEqualTo(2);
        assertThat(volume.err())
                .contains("volume 'photos' is not known: accepted values: NAME=SIZE with NAME documents"
                        + " or database");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("--volume-size 'documents=lots': accepted values: NAME=SIZE");
    }

    @Test
    void badInstancesAndWatermarksExitTwo() {
        Cli.Result instances = Cli.run("report", search().toString(), "--instances", "0");
        Cli.Result watermarks = Cli.run("report", search().toString(), "--watermarks", "95,90,85");

        assertThat(instances.exitCode()).isEqualTo(2);
        assertThat(instances.err()).contains("--instances 0: accepted values: 1 to 10000");
        assertThat(watermarks.exitCode()).isEqualTo(2);
        assertThat(watermarks.err()).contains("--watermarks '95,90,85': accepted values: three rising percentages");
    }

    @Test
    void aFolderThatIsNotARunExitsTwoNamingIt() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));

        Cli.Result result = Cli.run("report", photos.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(photos + ": not a Seva Surge run folder (no run.json)");
    }
}
