package org.sevasurge.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    @Test
    void matchesScipysOneSidedWelchTestOnUnequalSamples() {
        // scipy.stats.ttest_ind(a, b, equal_var=False, alternative='greater').pvalue = 0.008716922125751005
        double[] a = {10.2, 10.4, 10.1, 10.3, 10.5};
        double[] b = {10.0, 10.1, 9.9, 10.2, 10.0, 10.05};
        assertThat(WelchTest.pValueGreater(a, b)).isCloseTo(0.008716922125751005, within(1e-9));
    }

    @Test
    void equalMeansGiveAPValueOfOneHalf() {
        // scipy: t = 0, p = 0.5 for a = [1, 2, 3], b = [1.5, 2.5]
        assertThat(WelchTest.pValueGreater(new double[] {1, 2, 3}, new double[] {1.5, 2.5}))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void constantSamplesThatDifferAreCertainlyDifferent() {
        assertThat(WelchTest.pValueGreater(new double[] {5, 5, 5}, new double[] {4, 4}))
                .isZero();
        assertThat(WelchTest.pValueGreater(new double[] {4, 4}, new double[] {4, 4}))
                .isEqualTo(1);
    }

    @Test
    void fewerThanTwoSamplesOnASideGiveNoAnswer() {
        assertThat(WelchTest.pValueGreater(new double[] {5}, new double[] {1, 2, 3}))
                .isNaN();
        assertThat(WelchTest.pValueGreater(new double[] {1, 2, 3}, new double[0]))
                .isNaN();
    }
}
