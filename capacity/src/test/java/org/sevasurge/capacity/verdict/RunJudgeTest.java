package org.sevasurge.capacity.verdict;

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

/** The one verdict of a season run, one test per reason, on synthetic run folders. */
class RunJudgeTest {
    @TempDir
    Path dir;

    /**
     * A 180 s run of status reads at 10/s, 20 ms each, an injector at 0.3 cores of its 1-core share; {@code burst}
     * pins the injector at 0.95 cores from second 101 to 120.
     */
    private LoadRunFolder run(boolean burst, double latencyMillis, int failuresPerSecond, String ledgerCheck)
            throws IOException {
        SyntheticRun run = new SyntheticRun(dir.resolve("run"), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 180, 10, Map.of("status", 10.0));
        for (int second = 1; second <= 180; second++) {
            boolean inBurst = burst && second > 100 && second <= 120;
            run.second(second, "status", "status", 10 - failuresPerSecond, latencyMillis, failuresPerSecond, 200, 503)
                    .injectorSample(second, inBurst ? 0.95 : 0.3)
                    .serverSample(second, 0.2, 2, 1e8);
        }
        Path folder = run.write(180);
        if (ledgerCheck != null) {
            Files.writeString(folder.resolve(RunLayout.LEDGER_CHECK), ledgerCheck);
        }
        return LoadRunFolder.open(folder);
    }

    private static final String INTACT =
            "{\"intact\":true,\"acknowledged\":40,\"readBack\":40,\"lost\":0,\"changed\":0,"
                    + "\"duplicated\":0,\"unreadable\":0,\"elapsedMillis\":300}";

    @Test
    void aRunWithinItsSlosWithAnIntactLedgerAndAnInjectorThatKeptUpPasses() throws IOException {
        RunVerdict verdict = RunJudge.judge(run(false, 20, 0, INTACT));
        assertThat(verdict.passed()).as("reasons: %s", verdict.reasons()).isTrue();
        assertThat(verdict.exitCode()).isZero();
        assertThat(verdict.failureSpans()).isEmpty();
    }

    @Test
    void aTwentySecondInjectorBurstInALongStepInvalidatesTheRunThoughItsMeanIsLow() throws IOException {
        // Over the whole step the injector's mean is (160 x 0.3 + 20 x 0.95) / 180 = 0.37 cores: far below 0.85.
        RunVerdict verdict = RunJudge.judge(run(true, 20, 0, INTACT));
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.exitCode()).isEqualTo(1);
        assertThat(verdict.line())
                .contains("injector saturated, the run is invalid (injector saturated: CPU 0.95 cores"
                        + " > 0.85 of its 1.00-core share at 100-120 s)");
    }

    @Test
    void anSloBreachFailsTheRunNamingTheRequest() throws IOException {
        RunVerdict verdict = RunJudge.judge(run(false, 40, 0, INTACT));
        assertThat(verdict.reasons()).containsExactly("SLO breached (status)");
    }

    @Test
    void aBrokenLedgerFailsTheRunWithItsCounts() throws IOException {
        RunVerdict verdict = RunJudge.judge(run(
                false,
                20,
                0,
                INTACT.replace("\"lost\":0", "\"lost\":3").replace("\"intact\":true", "\"intact\":false")));
        assertThat(verdict.reasons()).containsExactly("ledger broken (3 lost, 0 changed, 0 duplicated, 0 unreadable)");
    }

    @Test
    void aLedgerThatWasNotCheckedFailsTheRun() throws IOException {
        assertThat(RunJudge.judge(run(false, 20, 0, null)).reasons()).containsExactly("ledger not checked");
    }

    @Test
    void failedRequestsAreReportedByStretchOfTheRun() throws IOException {
        RunVerdict verdict = RunJudge.judge(run(false, 20, 1, INTACT));
        assertThat(verdict.reasons()).containsExactly("SLO breached (status)");
        assertThat(verdict.failureSpans()).hasSize(1);
        assertThat(verdict.failureSpans().get(0).describe()).isEqualTo("0-180 s: 180 failed (503 x180)");
    }
}
