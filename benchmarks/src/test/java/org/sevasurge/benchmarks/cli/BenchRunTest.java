package org.sevasurge.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

class BenchRunTest {

    @Test
    void aQuickRunTakesOneForkAndShortIterationsAndOneValueOfEachHeavyParameter() {
        Options quick = BenchRun.options(true, List.of(), Path.of("results.json"));

        assertThat(quick.getForkCount().get()).isEqualTo(1);
        assertThat(quick.getWarmupIterations().get()).isEqualTo(1);
        assertThat(quick.getMeasurementIterations().get()).isEqualTo(2);
        assertThat(quick.getMeasurementTime().get()).isEqualTo(TimeValue.milliseconds(200));
        assertThat(quick.getParameter("documentSize").get()).containsExactly("150KB");
        assertThat(quick.getParameter("documents").get()).containsExactly("4");
        assertThat(quick.getParameter("cache").hasValue())
                .as("both sides of the cache are different code paths")
                .isFalse();
        assertThat(quick.getJvmArgsPrepend().get()).contains("-Dsevasurge.bench.seedApplications=2000");
    }

    @Test
    void aFullRunLeavesTheSettingsToEachBenchmarksAnnotations() {
        Options full = BenchRun.options(false, List.of("Durable"), Path.of("out", "results.json"));

        assertThat(full.getForkCount().hasValue()).isFalse();
        assertThat(full.getMeasurementIterations().hasValue()).isFalse();
        assertThat(full.getParameter("documentSize").hasValue()).isFalse();
        assertThat(full.getIncludes()).containsExactly("Durable");
    }

    @Test
    void everyRunWritesJmhJsonWithTheGcProfiler() {
        Options options = BenchRun.options(false, List.of(), Path.of("out", "results.json"));

        assertThat(options.getResultFormat().get()).isEqualTo(ResultFormatType.JSON);
        assertThat(options.getResult().get())
                .isEqualTo(Path.of("out", "results.json").toString());
        assertThat(options.getProfilers())
                .extracting(p -> p.getKlass())
                .anySatisfy(k -> assertThat(k).endsWith("GCProfiler"));
        assertThat(options.getIncludes()).containsExactly(BenchRun.ALL);
    }

    @Test
    void noIncludeSelectsEveryBenchmarkOfTheModuleAndAPatternNarrowsIt() {
        assertThat(BenchRun.matching(List.of()))
                .hasSizeGreaterThanOrEqualTo(17)
                .allSatisfy(name ->
                        assertThat(name).startsWith("org.sevasurge.benchmarks.").contains("Benchmark."));
        assertThat(BenchRun.matching(List.of("StorageGuard")))
                .containsExactly(
                        "org.sevasurge.benchmarks.storage.StorageGuardBenchmark.refresh",
                        "org.sevasurge.benchmarks.storage.StorageGuardBenchmark.requireWritable");
    }
}
