package org.sevasurge.capacity.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a planner opens it: index.html from disk in a real browser (Debian's Chromium, headless, which
 * {@code .ci/run} installs), with no network at all. It must load without a console error or an uncaught
 * exception, request nothing but its own file, and draw every chart (each chart's canvas holds painted pixels).
 * The screenshot is kept as {@code target/report-screenshot.png} for the CI log. Skipped, with a message, where
 * Chromium is not installed.
 */
class ReportInChromiumIT {
    /** Every chart: its canvas, and how many of its pixels are painted (alpha above 0), sampled on a grid. */
    private static final String CHARTS = """
            (() => Array.from(document.querySelectorAll('.chart')).map(el => {
              const canvas = el.querySelector('canvas');
              if (!canvas || canvas.width === 0 || canvas.height === 0) { return {id: el.id, painted: 0}; }
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4 * 7) { if (data[i] > 0) { painted++; } }
              return {id: el.id, painted: painted, width: canvas.width, height: canvas.height};
            }))()""";

    @TempDir
    Path dir;

    @Test
    void theReportOpensOfflineWithoutErrorsOrRequestsAndDrawsEveryChart() throws Exception {
        Path chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(
                chromium != null,
                "Chromium is not installed (apt-get install -y chromium; .ci/run"
                        + " does it): the report's browser test is skipped");
        Path search = SyntheticSearch.write(dir.resolve("20270115-100000-capacity-season-mix-synthetic"));
        Path bench = dir.resolve("bench-results.json");
        try (var in = getClass().getResourceAsStream("bench-results.json")) {
            Files.copy(in, bench);
        }
        ReportInputs inputs = new ReportInputs(
                2,
                ReportBuilderTest.INPUTS.peaks(),
                null,
                ReportBuilderTest.SEASON,
                ReportBuilderTest.INPUTS.watermarks(),
                ReportBuilderTest.INPUTS.volumes(),
                bench,
                null,
                4,
                null);
        Path index = ReportWriter.write(
                ReportBuilder.build(List.of(search), dir.resolve("merged"), inputs), dir.resolve("report"));

        try (HeadlessChromium browser =
                new HeadlessChromium(chromium, Files.createDirectories(dir.resolve("profile")))) {
            browser.open(index, 1500);
            JsonNode charts = browser.evaluate(CHARTS);
            browser.screenshot(Path.of("target", "report-screenshot.png"), 1400);

            assertThat(browser.requests)
                    .as("the page requests nothing but itself: no CDN, no network")
                    .containsOnly(index.toUri().toString());
            assertThat(browser.errors)
                    .as("console errors and uncaught exceptions")
                    .isEmpty();
            List<String> ids = new ArrayList<>();
            charts.forEach(chart -> ids.add(chart.path("id").asText()));
            assertThat(ids)
                    .as("the charts on the page")
                    .contains(
                            "chart-rates",
                            "chart-injector",
                            "chart-statuses",
                            "chart-usl",
                            "chart-demand",
                            "chart-runway",
                            "chart-cpu",
                            "chart-memory",
                            "chart-latency-submit",
                            "chart-latency-status");
            charts.forEach(chart -> assertThat(chart.path("painted").asInt())
                    .as(
                            "chart %s is drawn (painted pixels on its canvas)",
                            chart.path("id").asText())
                    .isGreaterThan(500));
            assertThat(browser.evaluate("document.getElementById('verdict').textContent")
                            .asText())
                    .isEqualTo("NOT READY");
        }
        assertThat(Path.of("target", "report-screenshot.png")).isNotEmptyFile();
    }
}
