package org.sevasurge.capacity.resilience;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The resilience criteria on synthetic run folders: a disk-full run that keeps every promise passes with its figures,
 * and each broken promise fails it with its own reason.
 */
class ScenarioJudgeTest {
    private static final long START = SyntheticRun.START_MILLIS;
    private static final Criteria CRITERIA = Criteria.of(2_000);

    @TempDir
    Path dir;

    /**
     * 40 s at 2 submissions/s (100 ms) and 4 status reads/s; the volume full from second 15 to 30: submissions get a
     * 20 ms 507, reads keep answering; acknowledgements before and from half a second after the space is back.
     */
    private SyntheticRun diskFull(double refusalMillis) {
        return diskFull(refusalMillis, 507);
    }

    /** As above, the submissions refused with {@code refusalStatus}. */
    private SyntheticRun diskFull(double refusalMillis, int refusalStatus) {
        SyntheticRun run = new SyntheticRun(dir.resolve("disk-full"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", true, "submit")
                .step(0, 40, 2, Map.of("submit", 2.0));
        for (int second = 1; second <= 40; second++) {
            boolean full = second > 15 && second <= 30;
            run.second(
                    second,
                    "submit",
                    "submit",
                    full ? 0 : 2,
                    full ? refusalMillis : 100,
                    full ? 2 : 0,
                    201,
                    refusalStatus);
            run.second(second, "status", "status", 4, 5, 0, 200, 0);
            if (!full) {
                run.acknowledge(second, 2);
            }
        }
        return run.ledgerCheck(60, 0);
    }

    private ScenarioResult judge(SyntheticRun run) throws IOException {
        return judge(run, "documents-volume");
    }

    /** @param volume the volume filled from second 15 to 30: {@code documents-volume} or {@code database-volume} */
    private ScenarioResult judge(SyntheticRun run, String volume) throws IOException {
        Path folder = run.write(40);
        Files.writeString(
                folder.resolve(RunLayout.FAULTS),
                new FaultWindow(volume, volume, "fill", 15, 30, START + 15_000, START + 30_000).toJsonLine() + "\n");
        return ScenarioJudge.judge("disk-full", LoadRunFolder.open(folder), 2, CRITERIA);
    }

    @Test
    void aFullVolumeRefusedFastAndFreedAgainPassesWithItsFigures() throws IOException {
        ScenarioResult result = judge(diskFull(20));

        assertThat(result.reasons()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.PASS);
        ScenarioFigures figures = result.figures();
        assertThat(figures.errorShape()).isEqualTo(Map.of(507, 30L));
        assertThat(figures.detectSeconds())
                .as("the first second of 507s ends 1 s after the fill")
                .isEqualTo(1.0);
        assertThat(figures.recoverSeconds())
                .as("the first clean second starts as the space is freed")
                .isZero();
        assertThat(figures.refusalP99Millis()).isBetween(19.0, 21.0);
        assertThat(figures.acknowledged()).isEqualTo(50);
        assertThat(figures.goodputPerSecond()).isEqualTo(50 / 40.0);
        assertThat(figures.lost()).isZero();
        assertThat(result.line()).startsWith("disk-full                PASS    detect 1.0 s  recover 0.0 s");
    }

    @Test
    void aSubmissionAcknowledgedPastFloodFailsItForTheMissingGuard() throws IOException {
        ScenarioResult result = judge(diskFull(20).acknowledge(22, 1));

        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.FAIL);
        assertThat(result.reasons())
                .containsExactly("1 submission(s) sent past the flood watermark were acknowledged"
                        + " (the storage guard did not refuse them)");
    }

    @Test
    void slowRefusalsFailIt() throws IOException {
        ScenarioResult result = judge(diskFull(300));

        assertThat(result.reasons()).containsExactly("507 refusals at flood stage are slow: p99 300 ms > 100 ms");
    }

    @Test
    void whileTheDatabaseIsDownAnAnswerAtTheConnectionWaitPassesAndOnePastItHangs() throws IOException {
        assertThat(judge(diskFull(2_040, 503), "database").reasons())
                .as("503 after the pool's 2 s wait for a connection, and 40 ms to answer")
                .isEmpty();
        assertThat(judge(diskFull(3_000, 503), "database").reasons())
                .containsExactly("requests hang while the database is down: failures' p99 3000 ms > 2500 ms");
    }

    @Test
    void aFullDatabaseVolumeMayRefuseWithAFast503WhereTheDocumentsVolumeMayNot() throws IOException {
        ScenarioResult database = judge(diskFull(20, 503), "database-volume");

        assertThat(database.reasons()).isEmpty();
        assertThat(database.figures().errorShape()).isEqualTo(Map.of(503, 30L));
        assertThat(judge(diskFull(20, 503)).reasons())
                .as("the documents volume is the storage guard's alone: a 503 there is no refusal for a full disk")
                .contains("no 507 at flood stage: submissions were not refused as the volume is full");
    }

    @Test
    void aFullDatabaseVolumeFailsForA500OrASlowRefusal() throws IOException {
        assertThat(judge(diskFull(20, 500), "database-volume").reasons())
                .contains(
                        "30 response(s) were 500 (an unhandled error)",
                        "no 507/503 at flood stage: submissions were not refused as the volume is full");
        assertThat(judge(diskFull(300, 503), "database-volume").reasons())
                .containsExactly("507/503 refusals at flood stage are slow: p99 300 ms > 100 ms");
    }

    @Test
    void aLostApplicationFailsIt() throws IOException {
        ScenarioResult result = judge(diskFull(20).ledgerCheck(50, 1));

        assertThat(result.reasons()).containsExactly("1 acknowledged application(s) lost");
        assertThat(result.figures().lost()).isEqualTo(1);
    }

    /** @return the verdict on a passing disk-full run with one more file written into its folder */
    private ScenarioResult judgeWith(String file, String content) throws IOException {
        SyntheticRun run = diskFull(20);
        Files.writeString(run.write(40).resolve(file), content);
        return judge(run);
    }

    @Test
    void aRetryAnsweredWithANewApplicationIsADuplicateAndFailsIt() throws IOException {
        ScenarioResult result = judgeWith(
                RunLayout.IDEMPOTENCY_PROBE, "{\"probed\": 10, \"original\": 9, \"different\": 1, \"failed\": 0}");

        assertThat(result.reasons())
                .containsExactly("1 submission(s) sent again with the same Idempotency-Key got a"
                        + " new application number instead of the original answer");
        assertThat(result.figures().duplicated()).isEqualTo(1);
    }

    @Test
    void aFeeChargedTwiceFailsIt() throws IOException {
        ScenarioResult result = judgeWith(
                RunLayout.PAYMENTS, "{\"chargeCount\": 41, \"duplicateCaptures\": {\"CG-INC-2027-0000007\": 2}}");

        assertThat(result.reasons())
                .containsExactly(
                        "1 application(s) charged twice by the payment gateway:" + " {\"CG-INC-2027-0000007\":2}");
    }

    @Test
    void failuresThatGoOnAfterTheFaultAreNoRecovery() throws IOException {
        SyntheticRun run = new SyntheticRun(dir.resolve("stuck"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", true, "submit")
                .step(0, 40, 2, Map.of("submit", 2.0));
        for (int second = 1; second <= 40; second++) {
            boolean broken = second > 15;
            run.second(second, "submit", "submit", broken ? 0 : 2, 100, broken ? 2 : 0, 201, 0);
            if (!broken) {
                run.acknowledge(second, 2);
            }
        }
        Path folder = run.ledgerCheck(30, 0).write(40);
        Files.writeString(
                folder.resolve(RunLayout.FAULTS),
                new FaultWindow("service", "service", "kill", 15, 20, START + 15_000, START + 20_000).toJsonLine()
                        + "\n");

        ScenarioResult result = ScenarioJudge.judge("service-crash", LoadRunFolder.open(folder), 2, CRITERIA);

        assertThat(result.outcome()).isEqualTo(ScenarioResult.Outcome.FAIL);
        assertThat(result.figures().recoverSeconds()).isNaN();
        assertThat(result.reasons())
                .as("seconds 23-40 lie wholly outside the outage and its 1.5 s slack")
                .contains("36 request(s) failed outside the outage")
                .anyMatch(reason -> reason.startsWith("not recovered: no 5 s without failures"));
    }

    @Test
    void aRunWithoutItsFaultRecordedFails() throws IOException {
        Path folder = diskFull(20).write(40);

        ScenarioResult result = ScenarioJudge.judge("disk-full", LoadRunFolder.open(folder), 2, CRITERIA);

        assertThat(result.reasons())
                .contains("no fault was recorded (faults.jsonl is empty): the scenario did not" + " happen");
    }
}
