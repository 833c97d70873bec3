package org.sevasurge.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sevasurge.benchmarks.results.BadInputException;
import org.sevasurge.benchmarks.results.BenchmarkResult;
import org.sevasurge.benchmarks.results.ResultFile;

/**
 * The baseline kept in {@code baseline/results.json} is what {@code bench --compare} gates changes against: it must
 * be a full run (enough samples per benchmark for Welch's test to judge noise) of exactly the benchmarks this module
 * declares, so that a renamed or removed benchmark is not silently {@code MISSING} from every comparison and a new one
 * is not forever {@code NEW}.
 */
class CommittedBaselineTest {

    /** Maven runs the tests in the module's directory. */
    private static final Path BASELINE = Path.of("baseline", "results.json");

    /**
     * A full run has each benchmark's own forks and iterations: 2 forks of 5 for most, 1 fork of 4 for the fewest
     * ({@code StatusBesideApprovalsBenchmark}). A quick run has 2 samples.
     */
    private static final int FULL_RUN_SAMPLES = 4;

    private static final String REFRESH = "refresh it with a full run on the reference machine: `./sevasurge bench"
            + " --output /tmp/baseline`, then copy its results.json and summary.md into benchmarks/baseline/";

    @Test
    void coversEveryDeclaredBenchmarkAndNothingElse() throws BadInputException {
        Set<String> inBaseline = ResultFile.read(BASELINE).stream()
                .map(BenchmarkResult::benchmark)
                .collect(Collectors.toSet());

        assertThat(inBaseline)
                .as("the benchmarks in %s against those the module declares; %s", BASELINE, REFRESH)
                .containsExactlyInAnyOrderElementsOf(BenchRun.matching(List.of()));
    }

    @Test
    void everyEntryIsAFullRunWithAScoreAndItsAllocation() throws BadInputException {
        assertThat(ResultFile.read(BASELINE)).isNotEmpty().allSatisfy(result -> {
            assertThat(result.hasScore())
                    .as("%s has a score; %s", result.displayName(), REFRESH)
                    .isTrue();
            assertThat(result.samples())
                    .as("%s's samples: a full run has at least %d; %s", result.displayName(), FULL_RUN_SAMPLES, REFRESH)
                    .hasSizeGreaterThanOrEqualTo(FULL_RUN_SAMPLES);
            assertThat(result.allocBytesPerOp())
                    .as("%s's allocation per operation (the GC profiler)", result.displayName())
                    .isNotNaN();
        });
    }
}
