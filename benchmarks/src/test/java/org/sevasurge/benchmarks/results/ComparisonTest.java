package org.sevasurge.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.benchmarks.results.JmhResults.around;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Each row: a benchmark of the synthetic pair, its verdict, and what its change and reason say (blank: any). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # behaviour                                                            | benchmark          | verdict    | change | why (fragments split by ;)
            thirty percent slower with tight samples is a regression               | Slower.tight       | REGRESSION | +30.0% | 30% slower; beyond noise
            a slowdown past the threshold but within the samples' noise passes     | Slower.noisy       | OK         |        | within noise
            a real slowdown of 5 %, below the 15 % threshold, passes               | Slightly.slower    | OK         |        |
            faster beyond threshold and noise is an improvement                    | Faster.tight       | IMPROVED   | -30.0% |
            for throughput a lower score (ops/s fell 30 %) is the regression       | Throughput.dropped | REGRESSION |        |
            for throughput a higher score (ops/s rose 30 %) is the improvement     | Throughput.rose    | IMPROVED   |        |
            a NaN score in either spelling is no data, neither pass nor fail       | Nan.score          | NO_DATA    |        | NaN
            allocation past threshold and slack is a regression at the same speed | Alloc.grew         | REGRESSION |        | allocates 400 B/op more; +40.0%
            allocation 24 -> 80 B/op (+233 % but 56 bytes) is jitter              | Alloc.jitter       | OK         |        |
            a slowdown seen in a single sample is unsure: noise cannot be judged   | Single.sample      | UNSURE     |        | fewer than 2 samples
            2 ms/op then 2,000 us/op is no change: units are converted first       | Units.changed      | OK         |        |
            a benchmark only in the new run is shown as new without failing        | Brand.new          | NEW        |        |
            a benchmark only in the baseline is shown as missing without failing   | Gone.away          | MISSING    |        |
            """)
    void eachBenchmarkIsJudgedBeyondThresholdAndNoise(
            String behaviour, String benchmark, Verdict verdict, @Nullable String change, @Nullable String why) {
        Row row = row(benchmark);

        assertThat(row.verdict()).as("%s", row).isEqualTo(verdict);
        if (change != null) {
            assertThat(row.change()).isEqualTo(change);
        }
        if (why != null) {
            assertThat(row.why()).contains(why.split("; "));
        }
    }

    @Test
    void aNanScoreShowsNoDataInItsColumn() {
        assertThat(row("Nan.score").baseline()).contains("no data");
    }

    @Test
    void theAllocationColumnShowsBothRunsBytesPerOperation() {
        assertThat(row("Alloc.grew").alloc()).isEqualTo("1,000 -> 1,400 B/op");
    }

    @Test
    void aScoreInAnotherTimeUnitIsShownInTheBaselinesUnit() {
        assertThat(row("Units.changed").now()).startsWith("2 ").endsWith("ms/op");
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
