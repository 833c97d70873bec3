package org.sevasurge.capacity.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

/**
 * The backlog replay on synthetic run folders: 120 s of a scenario at 2 submissions/s and 4 status reads/s, with
 * three times the submissions offered from second 20 to 50 (the missed week's 120 applications on top of normal
 * traffic). The service acknowledges up to its capacity each second; the rest wait, their operators refused with a
 * fast 503 and retrying, and meanwhile accepted submissions take 400 ms instead of 100 ms and status reads 30 ms
 * instead of 10 ms. A service that drains it passes with its figures; one too slow to drain it before the load
 * ends, and failures other than refusals while it drains, fail it.
 */
class BacklogJudgeTest {
    private static final long START = SyntheticRun.START_MILLIS;
    private static final double RATE = 2;
    private static final int SECONDS = 120;

    @TempDir
    Path dir;

    /** @param capacity the submissions the service acknowledges per second at most */
    private SyntheticRun backlog(int capacity) {
        SyntheticRun run = new SyntheticRun(dir.resolve("backlog-replay"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", true, "submit")
                .journey("status", true, "status")
                .step(0, SECONDS, RATE, Map.of("submit", RATE, "status", 4.0));
        int waiting = 0;
        long acknowledged = 0;
        for (int second = 1; second <= SECONDS; second++) {
            int arrived = second > 20 && second <= 50 ? 6 : 2;
            waiting += arrived;
            int acked = Math.min(capacity, waiting);
            waiting -= acked;
            acknowledged += acked;
            boolean queued = waiting > 0;
            run.arrivals(second, "submit", arrived, 0)
                    .responses(second, "submit", acked, queued ? 400 : 100, queued ? 2 : 0, 5, 201, 503)
                    .second(second, "status", "status", 4, queued ? 30 : 10, 0, 200, 0)
                    .acknowledge(second, acked);
        }
        return run.ledgerCheck(acknowledged, 0);
    }

    private ScenarioResult judge(SyntheticRun run) throws IOException {
        Path folder = run.write(SECONDS);
        Files.writeString(
                folder.resolve(RunLayout.FAULTS),
                new FaultWindow("load", "backlog", "300%", 20, 50, START + 20_000, START + 50_000).toJsonLine() + "\n");
        return ScenarioJudge.judge("backlog-replay", LoadRunFolder.open(folder), RATE, Criteria.of(3_000));
    }

    @Test
    void aBacklogThatDrainsPassesWithItsSizeAndTheTimeItTookToDrain() throws IOException {
        ScenarioResult result = judge(backlog(4));

        assertThat(result.reasons()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.PASS);
        BacklogFigures backlog = result.figures().backlog();
        assertThat(backlog).as("a backlog fault's scenario has backlog figures").isNotNull();
        assertThat(backlog.applications())
                .as("30 s at 6 arrivals/s against the baseline's 2/s: 180 - 60")
                .isEqualTo(120);
        assertThat(backlog.drainSeconds())
                .as("60 outstanding at the window's end (6 arrive, 4 acknowledged a second for 30 s), then 2 fewer a"
                        + " second, within the tolerance (5 % of 120: 6) at second 77: 57 s after the window's start")
                .isEqualTo(57.0);
        assertThat(backlog.outstandingAtEnd())
                .as("everything acknowledged by the end")
                .isZero();
    }

    @Test
    void normalTrafficsLatencyMeanwhileIsReportedBesideTheBaselines() throws IOException {
        ScenarioResult result = judge(backlog(4));

        BacklogFigures backlog = result.figures().backlog();
        assertThat(backlog.statusP95BeforeMillis())
                .as("status reads at the baseline")
                .isCloseTo(10, within(0.1));
        assertThat(backlog.statusP95DrainMillis())
                .as("status reads while draining")
                .isCloseTo(30, within(0.3));
        assertThat(backlog.submitP99BeforeMillis())
                .as("accepted submissions at the baseline")
                .isCloseTo(100, within(1.0));
        assertThat(backlog.submitP99DrainMillis())
                .as("accepted submissions while draining")
                .isCloseTo(400, within(4.0));
        assertThat(result.line())
                .as("the scorecard's line carries them")
                .endsWith("  backlog 120 applications drained in 57.0 s; status p95 30 ms (10 ms before),"
                        + " submissions p99 400 ms (100 ms before)");
    }

    @Test
    void aBacklogNotDrainedByTheEndOfTheRunFailsItWithWhatIsStillOutstanding() throws IOException {
        // At 3 a second: 90 outstanding at the window's end, 1 fewer a second after it, 20 left at second 120.
        ScenarioResult result = judge(backlog(3));

        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.FAIL);
        assertThat(result.reasons())
                .contains("the backlog of 120 applications had not drained by the end of the run: 20 still"
                        + " outstanding (arrived, not acknowledged) 70 s after the backlog's end, where drained is at"
                        + " most 6 (the baseline's 0 plus 6 for operators who gave up)");
        BacklogFigures backlog = result.figures().backlog();
        assertThat(backlog.drainSeconds()).as("not drained").isNaN();
        assertThat(backlog.outstandingAtEnd()).isEqualTo(20);
        assertThat(backlog.submitP99DrainMillis())
                .as("measured to the end of the load")
                .isCloseTo(400, within(4.0));
        assertThat(result.line()).contains("backlog 120 applications not drained (20 outstanding at the end)");
    }

    @Test
    void failuresOtherThanRefusalsWhileTheBacklogDrainsFailIt() throws IOException {
        SyntheticRun run = backlog(4);
        for (int second = 30; second <= 32; second++) {
            run.responses(second, "submit", 0, 0, 2, 60_000, 201, 0);
        }

        ScenarioResult result = judge(run);

        assertThat(result.reasons())
                .as("the 503s are refusals the operators retry; a submission left without an answer is not")
                .containsExactly("6 request(s) failed while the backlog drained otherwise than refused: {no answer"
                        + " x6} (the excess must get a 503, 507 or 429 and be retried)");
    }

    @Test
    void aBacklogThatDidNotArriveTestsNothingAndFailsIt() throws IOException {
        SyntheticRun run = new SyntheticRun(dir.resolve("backlog-replay"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", true, "submit")
                .step(0, SECONDS, RATE, Map.of("submit", RATE));
        for (int second = 1; second <= SECONDS; second++) {
            run.second(second, "submit", "submit", 2, 100, 0, 201, 0).acknowledge(second, 2);
        }

        ScenarioResult result = judge(run.ledgerCheck(2L * SECONDS, 0));

        assertThat(result.reasons())
                .containsExactly("the backlog did not arrive: 0 submissions beyond the baseline's rate during the"
                        + " 300% window against 120 planned (the injector could not offer it, the drain was not"
                        + " tested)");
        assertThat(result.figures().backlog().drainSeconds())
                .as("nothing to drain: back at the baseline's level at the window's end")
                .isEqualTo(30.0);
    }

    @Test
    void otherScenariosHaveNoBacklogFigures() throws IOException {
        SyntheticRun run = backlog(4);
        Path folder = run.write(SECONDS);
        Files.writeString(
                folder.resolve(RunLayout.FAULTS),
                new FaultWindow("load", "load", "300%", 20, 50, START + 20_000, START + 50_000).toJsonLine() + "\n");

        ScenarioResult result =
                ScenarioJudge.judge("overload-3x", LoadRunFolder.open(folder), RATE, Criteria.of(3_000));

        assertThat(result.figures().backlog()).isNull();
        assertThat(result.line()).doesNotContain("backlog");
    }
}
