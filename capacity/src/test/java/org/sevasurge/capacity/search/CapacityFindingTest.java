package org.sevasurge.capacity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.capacity.steps.InjectorStats;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.ServerStats;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.steps.StepVerdict;

class CapacityFindingTest {

    static StepMeasurement step(double level, Outcome outcome, String... reasons) {
        return new StepMeasurement(
                0,
                level,
                0,
                10,
                List.of(),
                List.of(),
                new ServerStats(0.5, 1e8, 1e8, 2, 3, 10, 0),
                new InjectorStats(0.2, 0.3, 1, 10),
                level * 10,
                2,
                0.001,
                level,
                new StepVerdict(outcome, List.of(reasons)));
    }

    @Test
    void theCapacityIsTheHighestPassBelowTheFirstFailureWithItsLimit() {
        CapacityFinding finding = CapacityFinding.of(
                List.of(
                        step(20, Outcome.PASS),
                        step(30, Outcome.PASS),
                        step(46, Outcome.FAIL, "status p95 212 ms > 25 ms"),
                        step(41.5, Outcome.PASS)),
                "submissions/s",
                "season mix");

        assertThat(finding.status()).isEqualTo(FindingStatus.FOUND);
        assertThat(finding.capacityPerSecond()).isEqualTo(41.5);
        assertThat(finding.line())
                .isEqualTo(
                        "capacity: 41.5 submissions/s (season mix); limit: status p95 212 ms > 25 ms at 46.0 submissions/s");
    }

    @Test
    void aPassAboveAFailureIsNoiseNotCapacity() {
        CapacityFinding finding = CapacityFinding.of(
                List.of(step(10, Outcome.PASS), step(20, Outcome.FAIL, "x"), step(30, Outcome.PASS)),
                "submissions/s",
                "season mix");
        assertThat(finding.capacityPerSecond()).isEqualTo(10.0);
        assertThat(finding.limitAtPerSecond()).isEqualTo(20.0);
    }

    @Test
    void whenEveryStepPassesTheCapacityIsAboveTheRange() {
        CapacityFinding finding =
                CapacityFinding.of(List.of(step(10, Outcome.PASS), step(20, Outcome.PASS)), "status/s", "status");
        assertThat(finding.status()).isEqualTo(FindingStatus.ABOVE_RANGE);
        assertThat(finding.line())
                .isEqualTo("capacity: above the range searched (status): every step passed up to 20.0 status/s");
    }

    @Test
    void whenTheFirstStepFailsTheCapacityIsBelowTheRange() {
        CapacityFinding finding = CapacityFinding.of(
                List.of(step(10, Outcome.FAIL, "submit p99 900 ms > 500 ms"), step(20, Outcome.FAIL, "y")),
                "submissions/s",
                "submit");
        assertThat(finding.status()).isEqualTo(FindingStatus.BELOW_RANGE);
        assertThat(finding.capacityPerSecond()).isNull();
        assertThat(finding.line()).contains("below the range searched").contains("10.0 submissions/s");
    }

    @Test
    void anInconclusiveStepIsNeverCapacityAndNamesTheInjector() {
        CapacityFinding finding = CapacityFinding.of(
                List.of(
                        step(100, Outcome.PASS),
                        step(
                                200,
                                Outcome.INCONCLUSIVE,
                                "injector saturated: CPU 0.95 cores > 0.85 of its 1.00-core share"),
                        step(300, Outcome.PASS)),
                "status/s",
                "status");
        assertThat(finding.status()).isEqualTo(FindingStatus.INJECTOR_LIMIT);
        assertThat(finding.capacityPerSecond()).isEqualTo(100.0);
        assertThat(finding.line())
                .contains("the injector is the limit at 200 status/s")
                .contains("the service held at least 100 status/s");
    }

    @Test
    void ratesKeepThreeSignificantFiguresOrWholeUnits() {
        assertThat(CapacityFinding.rate(1234.5)).isEqualTo("1235");
        assertThat(CapacityFinding.rate(41.54)).isEqualTo("41.5");
        assertThat(CapacityFinding.rate(3.14159)).isEqualTo("3.14");
    }
}
