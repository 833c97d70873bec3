package org.sevasurge.capacity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StairPlanTest {

    @Test
    void theCoarseStaircaseClimbsGeometricallyAndCapsAtTheMaximum() {
        List<Double> rates = StairPlan.coarse(10, 50, 40, 100);
        assertThat(rates).containsExactly(10.0, 15.0, 22.5, 33.75, 40.0);
    }

    @Test
    void theCoarseStaircaseStopsAtTheStepBudget() {
        assertThat(StairPlan.coarse(10, 25, Double.POSITIVE_INFINITY, 4)).hasSize(4);
    }

    @Test
    void theRefiningStaircaseStepsFivePercentFromTheLastPassUpToTheFirstFailure() {
        List<Double> rates = StairPlan.refine(100, 125, 10);
        assertThat(rates).hasSize(4);
        assertThat(rates.get(0)).isCloseTo(105, within(1e-9));
        assertThat(rates.get(3)).isCloseTo(121.550625, within(1e-9));
        for (int i = 1; i < rates.size(); i++) {
            assertThat(rates.get(i) / rates.get(i - 1)).isCloseTo(1.05, within(1e-9));
        }
    }

    @Test
    void noRefiningIsNeededWithinTheResolution() {
        assertThat(StairPlan.refine(100, 105, 10)).isEmpty();
    }
}
