package org.sevasurge.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.benchmarks.results.JmhResults.around;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.benchmarks.results.Comparison.Row;
import org.sevasurge.benchmarks.results.Comparison.Verdict;

class ComparisonTest {

    private static final String PKG = "org.sevasurge.benchmarks.demo.";
    private static final double NO_ALLOC = Double.NaN;

    @TempDir
    Path dir;

    private Comparison.Report report;

    /** One synthetic pair of JMH result files with one benchmark per situation, written and read back. */
    @BeforeEach
    void compareASyntheticPairOfResultFiles() throws BadInputException {
        Path baseline = new JmhResults()
                .add(PKG + "Slower.tight", "avgt", "us/op", 1000, around(100, 0.01, 10))
                .add(PKG + "Slower.noisy", "avgt", "us/op", 1000, 40, 160, 60, 140, 100)
                .add(PKG + "Slightly.slower", "avgt", "us/op", 1000, around(100, 0.01, 10))
                .add(PKG + "Faster.tight", "avgt", "us/op", 1000, around(100, 0.01, 10))
                .add(PKG + "Throughput.dropped", "thrpt", "ops/s", 500, around(10_000, 0.01, 10))
                .add(PKG + "Throughput.rose", "thrpt", "ops/s", 500, around(10_000, 0.01, 10))
                .addRaw(PKG + "Nan.score", "avgt", "{}", "us/op", "\"NaN\"", 1000, 100, 101)
                .add(PKG + "Alloc.grew", "avgt", "ns/op", 1000, around(50, 0.01, 10))
                .add(PKG + "Alloc.jitter", "avgt", "ns/op", 24, around(50, 0.01, 10))
                .add(PKG + "Single.sample", "avgt", "us/op", NO_ALLOC, 100)
                .add(PKG + "Units.changed", "avgt", "ms/op", NO_ALLOC, around(2, 0.01, 10))
                .add(PKG + "Gone.away", "avgt", "us/op", NO_ALLOC, around(1, 0.01, 10))
                .writeTo(dir.resolve("baseline.json"));
        Path now = new JmhResults()
                .add(PKG + "Slower.tight", "avgt", "us/op", 1000, around(130, 0.01, 10))
                .add(PKG + "Slower.noisy", "avgt", "us/op", 1000, 50, 220, 70, 200, 110)
                .add(PKG + "Slightly.slower", "avgt", "us/op", 1000, around(105, 0.01, 10))
                .add(PKG + "Faster.tight", "avgt", "us/op", 1000, around(70, 0.01, 10))
                .add(PKG + "Throughput.dropped", "thrpt", "ops/s", 500, around(7_000, 0.01, 10))
                .add(PKG + "Throughput.rose", "thrpt", "ops/s", 500, around(13_000, 0.01, 10))
                .addRaw(PKG + "Nan.score", "avgt", "{}", "us/op", "NaN", 1000, 100, 101)
                .add(PKG + "Alloc.grew", "avgt", "ns/op", 1400, around(50, 0.01, 10))
                .add(PKG + "Alloc.jitter", "avgt", "ns/op", 80, around(50, 0.01, 10))
                .add(PKG + "Single.sample", "avgt", "us/op", NO_ALLOC, 140)
                .add(PKG + "Units.changed", "avgt", "us/op", NO_ALLOC, around(2_000, 0.01, 10))
                .add(PKG + "Brand.new", "avgt", "us/op", NO_ALLOC, around(1, 0.01, 10))
                .writeTo(dir.resolve("now.json"));
        report = Comparison.compare(ResultFile.read(baseline), ResultFile.read(now), 15);
    }

    @Test
    void aBenchmarkThirtyPercentSlowerWithTightSamplesIsARegression() {
        assertThat(row("Slower.tight").verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(row("Slower.tight").change()).isEqualTo("+30.0%");
        assertThat(row("Slower.tight").why()).contains("30% slower", "beyond noise");
    }

    @Test
    void aSlowdownPastTheThresholdButWithinTheSamplesNoiseIsNotFailed() {
        assertThat(row("Slower.noisy").verdict())
                .as("mean +30%, but the samples overlap widely")
                .isEqualTo(Verdict.OK);
        assertThat(row("Slower.noisy").why()).contains("within noise");
    }

    @Test
    void aSignificantSlowdownBelowTheThresholdIsNotFailed() {
        assertThat(row("Slightly.slower").verdict())
                .as("5% slower is real here, but under 15%")
                .isEqualTo(Verdict.OK);
    }

    @Test
    void aBenchmarkFasterBeyondThresholdAndNoiseIsImproved() {
        assertThat(row("Faster.tight").verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(row("Faster.tight").change()).isEqualTo("-30.0%");
    }

    @Test
    void forThroughputALowerScoreIsTheRegressionAndAHigherOneTheImprovement() {
        assertThat(row("Throughput.dropped").verdict()).as("ops/s fell 30%").isEqualTo(Verdict.REGRESSION);
        assertThat(row("Throughput.rose").verdict()).as("ops/s rose 30%").isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void aNanScoreInEitherSpellingIsNoDataNeitherPassNorFail() {
        Row nan = row("Nan.score");
        assertThat(nan.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(nan.baseline()).contains("no data");
        assertThat(nan.why()).contains("NaN");
    }

    @Test
    void allocationGrowingPastThresholdAndSlackIsARegressionEvenAtTheSameSpeed() {
        assertThat(row("Alloc.grew").verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(row("Alloc.grew").why()).contains("allocates 400 B/op more", "+40.0%");
        assertThat(row("Alloc.grew").alloc()).isEqualTo("1,000 -> 1,400 B/op");
    }

    @Test
    void allocationGrowingByLessThanSixtyFourBytesIsJitterNotARegression() {
        assertThat(row("Alloc.jitter").verdict())
                .as("24 -> 80 B/op: +233% but only 56 bytes")
                .isEqualTo(Verdict.OK);
    }

    @Test
    void aSlowdownSeenInASingleSampleIsUnsureBecauseNoiseCannotBeJudged() {
        assertThat(row("Single.sample").verdict()).isEqualTo(Verdict.UNSURE);
        assertThat(row("Single.sample").why()).contains("fewer than 2 samples");
    }

    @Test
    void scoresInDifferentTimeUnitsAreConvertedBeforeComparing() {
        assertThat(row("Units.changed").verdict())
                .as("2 ms/op then 2,000 us/op is no change")
                .isEqualTo(Verdict.OK);
        assertThat(row("Units.changed").now()).startsWith("2 ").endsWith("ms/op");
    }

    @Test
    void benchmarksOnOneSideOnlyAreShownAsNewOrMissingWithoutFailing() {
        assertThat(row("Brand.new").verdict()).isEqualTo(Verdict.NEW);
        assertThat(row("Gone.away").verdict()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void theComparisonFailsExactlyWhenSomeBenchmarkRegressed() {
        assertThat(report.failed()).isTrue();
        assertThat(report.count(Verdict.REGRESSION))
                .as("Slower.tight, Throughput.dropped, Alloc.grew")
                .isEqualTo(3);
        assertThat(Tables.comparison(report)).contains("| demo.Slower.tight ", "REGRESSION", "3 REGRESSION");
    }

    @Test
    void aRunComparedWithItselfPasses() throws BadInputException {
        List<BenchmarkResult> same = ResultFile.read(dir.resolve("now.json"));
        Comparison.Report self = Comparison.compare(same, same, 15);
        assertThat(self.failed()).isFalse();
        assertThat(self.rows()).extracting(Row::verdict).doesNotContain(Verdict.REGRESSION, Verdict.IMPROVED);
    }

    private Row row(String name) {
        Map<String, Row> rows = report.rows().stream()
                .collect(Collectors.toMap(r -> r.benchmark().replace("demo.", ""), Function.identity()));
        assertThat(rows).as("rows of the comparison").containsKey(name);
        return rows.get(name);
    }
}
