package org.sevasurge.capacity.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

class StepAnalyzerTest {
    @TempDir
    Path dir;

    /**
     * Two 10 s steps of status reads: 100/s at 20 ms, then 200/s at 40 ms; the first 2 s of each step are a warm-up
     * at 500 ms that must be discarded. The service uses 0.3 of a 2-core machine (0.6 cores) throughout.
     */
    private LoadRunFolder twoSteps() {
        SyntheticRun run = new SyntheticRun(dir.resolve("run"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 10, 100, Map.of("status", 100.0))
                .step(10, 20, 200, Map.of("status", 200.0));
        for (int second = 1; second <= 20; second++) {
            boolean warmup = second <= 2 || (second > 10 && second <= 12);
            int rate = second <= 10 ? 100 : 200;
            double latency = warmup ? 500 : second <= 10 ? 20 : 40;
            run.second(second, "status", "status", rate, latency, 0, 200, 503)
                    .serverSample(second, 0.3, 2, 100e6)
                    .injectorSample(second, 0.2);
        }
        run.write(20);
        return LoadRunFolder.open(dir.resolve("run"));
    }

    @Test
    void eachStepIsMeasuredOnItsSteadyWindowAfterTheWarmUp() {
        List<StepMeasurement> steps = StepAnalyzer.measure(twoSteps(), 2);

        assertThat(steps).hasSize(2);
        StepMeasurement first = steps.get(0);
        assertThat(first.fromSeconds()).isEqualTo(2.0);
        assertThat(first.requests().get(0).count())
                .as("8 steady seconds at 100/s")
                .isEqualTo(800);
        assertThat(first.requests().get(0).p99Millis())
                .as("the 500 ms warm-up is discarded")
                .isCloseTo(20, within(0.1));
        assertThat(first.journeys().get(0).achieved()).isCloseTo(100, within(1e-9));
        assertThat(first.verdict().outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void littlesLawAndTheUtilisationLawGiveConcurrencyAndCpuPerRequest() {
        StepMeasurement second = StepAnalyzer.measure(twoSteps(), 2).get(1);

        assertThat(second.throughputPerSecond()).isCloseTo(200, within(1e-9));
        // N = X R = 200/s x 0.040 s.
        assertThat(second.concurrency()).isCloseTo(8.0, within(0.01));
        // D = U / X = 0.6 cores / 200/s.
        assertThat(second.server().cpuCores()).isCloseTo(0.6, within(1e-9));
        assertThat(second.cpuSecondsPerRequest()).isCloseTo(0.003, within(1e-9));
        assertThat(second.verdict().outcome()).as("p95 40 ms breaches 25 ms").isEqualTo(Outcome.FAIL);
        assertThat(second.verdict().limit()).isEqualTo("status p95 40 ms > 25 ms");
    }

    @Test
    void withoutWarmUpTheSlowFirstSecondsCount() {
        StepMeasurement first = StepAnalyzer.measure(twoSteps(), 0).get(0);
        assertThat(first.requests().get(0).count()).isEqualTo(1000);
        assertThat(first.requests().get(0).p99Millis()).isGreaterThan(400);
    }

    @Test
    void aLateFlushThatStretchesAnIntervalAcrossAStepBoundaryKeepsItsArrivalsApportioned() throws Exception {
        // One 2 s arrivals line (a recorder tick delayed by a busy machine) straddles the end of a [2, 10) window:
        // half of its 200 arrivals belong to the window, so 8 s x 100/s are counted, not 7 s worth.
        java.nio.file.Path runDir = dir.resolve("late");
        SyntheticRun run = new SyntheticRun(runDir, RunLayout.KIND_STAIRCASE, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 10, 100, Map.of("status", 100.0))
                .step(10, 20, 100, Map.of("status", 100.0));
        for (int second = 1; second <= 20; second++) {
            if (second != 10 && second != 11) {
                run.arrivals(second, "status", 100, 0);
            }
        }
        run.write(20);
        java.nio.file.Files.writeString(
                runDir.resolve(RunLayout.ARRIVALS),
                "{\"t\":" + (SyntheticRun.START_MILLIS + 11_000) + ",\"ms\":2000,\"arrived\":{\"status\":200},"
                        + "\"skipped\":{}}\n",
                java.nio.file.StandardOpenOption.APPEND);

        StepMeasurement first =
                StepAnalyzer.measure(LoadRunFolder.open(runDir), 2).get(0);
        assertThat(first.journeys().get(0).arrived()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void aStepIsSlicedForTheInjectorVerdict() {
        List<Window> slices = StepAnalyzer.slices(twoSteps().info().steps(), 4);
        assertThat(slices).extracting(Window::fromSeconds).containsExactly(0.0, 4.0, 8.0, 10.0, 14.0, 18.0);
        assertThat(slices.get(2).toSeconds())
                .as("the last slice of a step ends with it")
                .isEqualTo(10.0);
    }
}
