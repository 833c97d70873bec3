package org.sevasurge.capacity.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

/**
 * The overload criteria on synthetic run folders: 60 s of a scenario at 2 submissions/s with three times that offered
 * from second 20 to 50. A service that refuses the excess fast passes with its figures; a queue, a collapse, slow
 * refusals, requests left without an answer and a heap near its limit each fail it with their own reason.
 */
class OverloadJudgeTest {
    private static final long START = SyntheticRun.START_MILLIS;
    private static final double RATE = 2;
    private static final long MIB = 1 << 20;

    @TempDir
    Path dir;

    /**
     * What one overloaded second looks like.
     *
     * @param ok           submissions accepted
     * @param okMillis     each one's latency
     * @param failed       submissions that failed
     * @param failedMillis each failure's latency
     * @param failStatus   their status (0: no answer)
     * @param acknowledged submissions acknowledged in the second
     */
    private record Overloaded(
            int ok, double okMillis, int failed, double failedMillis, int failStatus, int acknowledged) {}

    /** Two accepted at 100 ms and the four offered beyond them refused with a 10 ms 503. */
    private static final Overloaded REFUSED_FAST = new Overloaded(2, 100, 4, 10, 503, 2);

    /** A healthy server sample: nothing waiting, 120 MiB of a 512 MiB heap. */
    private static String healthy(int second) {
        return sample(second, 0, 120 * MIB);
    }

    private static String sample(int second, int waiting, long heapBytes) {
        return "{\"t\":" + (START + second * 1000L - 500) + ",\"heapUsedBytes\":" + heapBytes + ",\"heapMaxBytes\":"
                + 512 * MIB + ",\"inFlight\":2,\"waiting\":" + waiting + "}";
    }

    private ScenarioResult judge(Overloaded overloaded, IntFunction<String> server) throws IOException {
        SyntheticRun run = new SyntheticRun(dir.resolve("overload"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", true, "submit")
                .step(0, 60, RATE, Map.of("submit", RATE));
        for (int second = 1; second <= 60; second++) {
            boolean over = second > 20 && second <= 50;
            if (over) {
                run.second(
                        second,
                        "submit",
                        "submit",
                        overloaded.ok(),
                        overloaded.okMillis(),
                        overloaded.failed(),
                        overloaded.failedMillis(),
                        201,
                        overloaded.failStatus());
                run.acknowledge(second, overloaded.acknowledged());
            } else {
                run.second(second, "submit", "submit", 2, 100, 0, 201, 0);
                run.acknowledge(second, 2);
            }
        }
        Path folder = run.ledgerCheck(40 + 30L * overloaded.acknowledged(), 0).write(60);
        List<String> lines = new ArrayList<>();
        for (int second = 1; second <= 60; second++) {
            lines.add(server.apply(second));
        }
        Files.write(folder.resolve(RunLayout.SERVER_METRICS), lines, StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(
                folder.resolve(RunLayout.FAULTS),
                new FaultWindow("load", "load", "300%", 20, 50, START + 20_000, START + 50_000).toJsonLine() + "\n");
        return ScenarioJudge.judge("overload-3x", LoadRunFolder.open(folder), RATE, Criteria.of(3_000));
    }

    @Test
    void theExcessRefusedFastWithTheAcceptedAsFastAsBeforePassesWithItsFigures() throws IOException {
        ScenarioResult result = judge(REFUSED_FAST, OverloadJudgeTest::healthy);

        assertThat(result.reasons()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.PASS);
        ScenarioFigures figures = result.figures();
        assertThat(figures.errorShape()).as("30 s of 4 refusals").isEqualTo(Map.of(503, 120L));
        assertThat(figures.refusalP99Millis()).isBetween(9.0, 11.0);
        assertThat(figures.faultSubmitP99Millis()).isBetween(99.0, 101.0);
        assertThat(figures.detectSeconds())
                .as("the first second of 503s ends 1 s into the overload")
                .isEqualTo(1.0);
        assertThat(figures.recoverSeconds()).isZero();
    }

    @Test
    void aQueueInsteadOfRefusalsFailsItForTheWaitTheMissingRefusalsAndTheRequestsWaiting() throws IOException {
        // The unbounded queue: everything is accepted at the service's pace, each waiting ever longer.
        Overloaded queued = new Overloaded(2, 4_000, 0, 0, 0, 2);

        ScenarioResult result =
                judge(queued, second -> sample(second, second > 20 && second <= 50 ? 4 * (second - 20) : 0, 120 * MIB));

        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.FAIL);
        assertThat(result.reasons()).hasSize(3);
        assertThat(result.reasons().get(0))
                .isEqualTo("no request was refused while overloaded (300%) although 6.00/s were offered and 2.00/s"
                        + " acknowledged: the excess waited instead of a fast 503");
        assertThat(result.reasons().get(1))
                .as("4 s, to the histograms' three digits")
                .matches("accepted submissions while overloaded \\(300%\\): p99 400\\d ms > 200 ms \\(1.5 times the"
                        + " baseline's 100 ms, at least 100 ms above it\\)");
        assertThat(result.reasons().get(2))
                .isEqualTo("up to 120 request(s) waited for an admission permit while overloaded (300%): a queue"
                        + " without bound (past the limit they must be refused)");
    }

    @Test
    void lessWorkDoneUnderMoreLoadIsACollapse() throws IOException {
        Overloaded collapsed = new Overloaded(1, 100, 5, 10, 503, 1);

        ScenarioResult result = judge(collapsed, OverloadJudgeTest::healthy);

        assertThat(result.reasons())
                .containsExactly("goodput collapsed while overloaded (300%): 1.00 acknowledged/s < 90 % of the"
                        + " baseline's 2.00/s");
    }

    @Test
    void slowRefusalsFailIt() throws IOException {
        ScenarioResult result = judge(new Overloaded(2, 100, 4, 300, 503, 2), OverloadJudgeTest::healthy);

        assertThat(result.reasons()).containsExactly("refusals while overloaded (300%) are slow: p99 300 ms > 100 ms");
    }

    @Test
    void requestsLeftWithoutAnAnswerAreNotRefusals() throws IOException {
        ScenarioResult result = judge(new Overloaded(2, 100, 4, 60_000, 0, 2), OverloadJudgeTest::healthy);

        assertThat(result.reasons())
                .contains("120 request(s) failed while overloaded (300%) otherwise than refused: {no answer x120}"
                        + " (the excess must get a fast 503 or 429)");
    }

    @Test
    void aHeapNearItsLimitFailsItAndAScrapeThatTimedOutIsNotJudged() throws IOException {
        ScenarioResult result = judge(REFUSED_FAST, second -> {
            if (second > 20 && second <= 50 && second % 3 != 0) {
                return "{\"t\":" + (START + second * 1000L - 500) + ",\"error\":\"HttpTimeoutException\"}";
            }
            return sample(second, 0, second > 20 && second <= 50 ? 480 * MIB : 120 * MIB);
        });

        assertThat(result.reasons())
                .containsExactly("the heap reached 480 MiB of its 512 MiB while overloaded (300%) (> 90 %)");
    }
}
