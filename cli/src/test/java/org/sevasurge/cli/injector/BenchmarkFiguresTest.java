package org.sevasurge.cli.injector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkFiguresTest {
    private static final BenchmarkSettings SETTINGS = new BenchmarkSettings(250, 10, 30, 2);

    @Test
    void coresPer100SubmissionsPoolCpuAndRatesOverTheRounds() {
        BenchmarkFigures figures = new BenchmarkFigures(
                SETTINGS,
                List.of(
                        phase("round1-recording-on", true, 250, 0.50), phase("round1-recording-off", false, 250, 0.48),
                        phase("round2-recording-off", false, 240, 0.48),
                                phase("round2-recording-on", true, 250, 0.52)));

        assertThat(figures.coresPer100(true)).isCloseTo(1.02 / 500 * 100, within(1e-9));
        assertThat(figures.coresPer100(false)).isCloseTo(0.96 / 490 * 100, within(1e-9));
        assertThat(figures.recordingOverheadPercent())
                .as("CPU per submission, not per second: the off phases" + " achieved less")
                .isCloseTo(((1.02 / 500) / (0.96 / 490) - 1) * 100, within(1e-9));
        assertThat(figures.perSecondOnOneCore()).isCloseTo(500 / 1.02, within(1e-9));
        assertThat(figures.roundOverheadPercents())
                .as("each round's pair on its own")
                .hasSize(2)
                .element(0, org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo((0.50 / 0.48 - 1) * 100, within(1e-9));
        assertThat(figures.everyPhaseKeptRate()).isTrue();
        assertThat(figures.lines()).contains("goal: >= 250 submissions/s on <= 1 core: met");
    }

    @Test
    void aPhaseBelow95PercentOfTheOfferedRateMeansTheInjectorWasTheLimit() {
        BenchmarkFigures figures = new BenchmarkFigures(
                SETTINGS,
                List.of(phase("round1-recording-on", true, 230, 0.9), phase("round1-recording-off", false, 250, 0.5)));

        assertThat(figures.everyPhaseKeptRate()).isFalse();
        assertThat(figures.pooledRounds())
                .as("no round to pool: every phase is, and it says so")
                .isZero();
        assertThat(figures.lines())
                .anyMatch(line -> line.contains("RATE NOT KEPT"))
                .anyMatch(line -> line.contains("no round kept the rate"))
                .contains(
                        "goal: >= 250 submissions/s on <= 1 core: NOT met", "goal: recording overhead <= 5 %: NOT met");
    }

    @Test
    void aRoundThatFellBehindIsLeftOutOfTheFiguresWhileAnotherRoundKeptTheRate() {
        BenchmarkFigures figures = new BenchmarkFigures(
                SETTINGS,
                List.of(
                        phase("round1-recording-on", true, 250, 0.50), phase("round1-recording-off", false, 250, 0.48),
                        phase("round2-recording-off", false, 70, 0.30), phase("round2-recording-on", true, 40, 0.70)));

        assertThat(figures.pooledPhases())
                .as("a stalled round measured the stall")
                .hasSize(2);
        assertThat(figures.coresPer100(true)).isCloseTo(0.20, within(1e-9));
        assertThat(figures.everyPhaseKeptRate()).as("still reported: exit 1").isFalse();
        assertThat(figures.lines())
                .as("the goal is judged on the rounds that kept the rate")
                .contains("goal: >= 250 submissions/s on <= 1 core: met");
    }

    @Test
    void phasesAlternateWhichRecordingGoesFirst() {
        assertThat(SETTINGS.phases())
                .extracting(BenchmarkSettings.Phase::name)
                .containsExactly(
                        "round1-recording-on", "round1-recording-off", "round2-recording-off", "round2-recording-on");
    }

    private static PhaseResult phase(String name, boolean recording, double achieved, double cores) {
        return new PhaseResult(name, recording, 250, achieved, cores, 30, 650_000, 0);
    }
}
