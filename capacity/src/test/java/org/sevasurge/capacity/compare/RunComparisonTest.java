package org.sevasurge.capacity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

class RunComparisonTest {
    private static final int SECONDS = 120;
    private static final int PER_SECOND = 50;

    @TempDir
    Path dir;

    /** A season run of status reads, 50/s for 2 minutes, log-normal latency (median 5 ms) times {@code slower}. */
    private Path run(String name, long seed, double slower, int stepEnd) {
        Random random = new Random(seed);
        SyntheticRun run = new SyntheticRun(dir.resolve(name), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, stepEnd, PER_SECOND, Map.of("status", (double) PER_SECOND));
        for (int second = 1; second <= SECONDS; second++) {
            Histogram good = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
            for (int i = 0; i < PER_SECOND; i++) {
                good.recordValue(Math.round(5000 * Math.exp(0.6 * random.nextGaussian()) * slower));
            }
            run.second(second, "status", "status", good);
        }
        return run.write(SECONDS);
    }

    private static MetricChange row(RunComparison comparison, String metric) {
        return comparison.rows().stream()
                .filter(r -> r.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }

    /** Compares a base run of draw {@code seed} with a next run of other draws, {@code slower} times as slow. */
    private RunComparison compareDraw(long seed, double slower) {
        Path base = run("base-" + seed, seed, 1.0, SECONDS);
        Path next = run("next-" + seed, 1000 + seed, slower, SECONDS);
        return RunComparison.of(base, next, 10, false);
    }

    @Test
    void aThirtyPercentSlowerRunIsFlaggedAsAP99RegressionForEveryDraw() {
        for (long seed = 1; seed <= 20; seed++) {
            RunComparison comparison = compareDraw(seed, 1.3);

            MetricChange p99 = row(comparison, "p99 ms");
            assertThat(p99.change()).as("seed %d: %s", seed, p99).isEqualTo(Change.REGRESSION);
            assertThat(p99.changePercent())
                    .as("seed %d: about 30 %%, with the draws' noise", seed)
                    .isBetween(15.0, 55.0);
            assertThat(p99.pValue()).isLessThan(ChangeTests.ALPHA);
            assertThat(comparison.regressed()).isTrue();
            assertThat(ComparisonTable.render(comparison))
                    .contains("verdict: REGRESSION (")
                    .contains("status p99 ms");
        }
    }

    @Test
    void twoRunsOfTheSameBuildPassForEveryDraw() {
        for (long seed = 1; seed <= 20; seed++) {
            RunComparison comparison = compareDraw(seed, 1.0);

            assertThat(comparison.regressed())
                    .as("seed %d:%n%s", seed, ComparisonTable.render(comparison))
                    .isFalse();
            assertThat(row(comparison, "p99 ms").change()).isIn(Change.WITHIN_NOISE);
        }
    }

    @Test
    void aFasterRunIsAnImprovementNotARegression() {
        RunComparison comparison =
                RunComparison.of(run("base", 1, 1.3, SECONDS), run("next", 2, 1.0, SECONDS), 10, false);

        assertThat(row(comparison, "p99 ms").change()).isEqualTo(Change.IMPROVEMENT);
        assertThat(comparison.regressed()).isFalse();
    }

    @Test
    void runsOfDifferentPlansAreRefusedUnlessForced() {
        Path base = run("base", 1, 1.0, SECONDS);
        Path next = run("next", 2, 1.0, 100);

        assertThatThrownBy(() -> RunComparison.of(base, next, 10, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(next.resolve("run.json") + ": not the plan of " + base)
                .hasMessageContaining("add --force");
        assertThat(RunComparison.of(base, next, 10, true).rows()).isNotEmpty();
    }

    @Test
    void aFolderThatIsNotARunIsBadInputNamingIt() throws Exception {
        Path base = run("base", 1, 1.0, SECONDS);
        Path foreign = Files.createDirectories(dir.resolve("photos"));

        assertThatThrownBy(() -> RunComparison.of(base, foreign, 10, false))
                .isInstanceOf(BadInputException.class)
                .hasMessage(foreign + ": not a Seva Surge run folder (no run.json)");
    }
}
