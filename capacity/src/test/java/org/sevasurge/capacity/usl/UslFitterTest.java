package org.sevasurge.capacity.usl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UslFitterTest {

    /**
     * SPEC SDM91 on a Sun SPARCcenter 2000 (Gunther, Guerrilla Capacity Planning, 2007), the worked example of the R
     * package usl (Möding), whose three-parameter fit publishes sigma (alpha) 2.773e-02, kappa (beta) 1.044e-04,
     * lambda (gamma) 90.00 and the peak at load 96.52 with throughput 1884.
     */
    private static final List<UslPoint> SPEC_SDM91 = List.of(
            new UslPoint(1, 64.9),
            new UslPoint(18, 995.9),
            new UslPoint(36, 1652.4),
            new UslPoint(72, 1853.2),
            new UslPoint(108, 1828.9),
            new UslPoint(144, 1775.0),
            new UslPoint(216, 1702.2));

    @Test
    void theFitReproducesThePublishedSpecSdm91CoefficientsWithinOnePercent() {
        UslFit fit = UslFitter.fit(SPEC_SDM91);

        assertThat(fit.model().sigma()).as("sigma (contention)").isCloseTo(2.773e-02, withPercentage(1));
        assertThat(fit.model().kappa()).as("kappa (coherency)").isCloseTo(1.044e-04, withPercentage(1));
        assertThat(fit.model().lambda()).as("lambda (one unit's throughput)").isCloseTo(90.00, withPercentage(1));
        assertThat(fit.model().peakConcurrency()).as("N*").isCloseTo(96.52, withPercentage(1));
        assertThat(fit.model().peakThroughput()).as("X max").isCloseTo(1884, withPercentage(1));
        assertThat(fit.residualStdError())
                .as("published residual standard error")
                .isCloseTo(82.85, withPercentage(1));
    }

    @Test
    void theFitRecoversKnownCoefficientsFromExactPoints() {
        UslModel truth = new UslModel(0.02, 0.02, 1.0);
        List<UslPoint> points = new ArrayList<>();
        for (int n : new int[] {1, 2, 4, 6, 8, 10}) {
            points.add(new UslPoint(n, truth.throughput(n)));
        }
        UslFit fit = UslFitter.fit(points);

        assertThat(fit.model().sigma()).isCloseTo(0.02, within(1e-6));
        assertThat(fit.model().kappa()).isCloseTo(0.02, within(1e-6));
        assertThat(fit.model().lambda()).isCloseTo(1.0, within(1e-6));
        assertThat(fit.rSquared()).as("a perfect fit").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theCoefficientsStayWithinTheirBoundsOnNoisyLinearData() {
        Random random = new Random(7);
        for (int draw = 0; draw < 200; draw++) {
            List<UslPoint> points = new ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                points.add(new UslPoint(n, 10 * n * (1 + 0.05 * random.nextGaussian())));
            }
            UslModel model = UslFitter.fit(points).model();
            assertThat(model.sigma()).as("draw %d: sigma in [0, 1]", draw).isBetween(0.0, 1.0);
            assertThat(model.kappa()).as("draw %d: kappa >= 0", draw).isGreaterThanOrEqualTo(0.0);
            assertThat(model.lambda()).as("draw %d: lambda > 0", draw).isPositive();
        }
    }

    @Test
    void fewerThanFourPointsAreRefused() {
        assertThatThrownBy(() -> UslFitter.fit(SPEC_SDM91.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 4 points");
    }

    @Test
    void withoutCoherencyThePeakIsUnboundedAndThroughputApproachesTheAmdahlCeiling() {
        UslModel amdahl = new UslModel(0.1, 0, 5);
        assertThat(amdahl.peakConcurrency()).isInfinite();
        assertThat(amdahl.peakThroughput()).isCloseTo(50, within(1e-9));
    }
}
