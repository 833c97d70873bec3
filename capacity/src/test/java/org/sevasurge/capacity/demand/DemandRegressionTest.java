package org.sevasurge.capacity.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DemandRegressionTest {
    private static final Map<String, Double> DEMANDS = Map.of("submit", 0.008, "status", 0.0005, "verify", 0.002);
    private static final Map<String, Double> WEIGHTS = Map.of("submit", 1.0, "status", 5.0, "verify", 1.25);
    private static final double BACKGROUND = 0.05;
    private static final List<String> CLASSES = List.of("submit", "status", "verify");

    /**
     * A season-mix staircase as the utilisation law sees it: every class's arrivals are Poisson around the step's
     * rate times its weight (so the classes move together step to step, apart only by their own noise), and the
     * service's CPU is the background plus each class's demand times its rate, measured with a little noise.
     */
    private static List<DemandSample> staircase(long seed, boolean poisson) {
        return staircase(seed, poisson, 0.0005);
    }

    private static List<DemandSample> staircase(long seed, boolean poisson, double cpuNoise) {
        Random random = new Random(seed);
        List<DemandSample> samples = new ArrayList<>();
        for (int step = 0; step < 10; step++) {
            double level = 5 + 5 * step;
            for (int window = 0; window < 30; window++) {
                double cpu = BACKGROUND + random.nextGaussian() * cpuNoise;
                java.util.HashMap<String, Double> rates = new java.util.HashMap<>();
                for (String request : CLASSES) {
                    double mean = level * WEIGHTS.get(request) * DemandSamples.WINDOW_SECONDS;
                    double rate = (poisson ? poisson(random, mean) : mean) / DemandSamples.WINDOW_SECONDS;
                    rates.put(request, rate);
                    cpu += DEMANDS.get(request) * rate;
                }
                samples.add(new DemandSample(cpu, rates));
            }
        }
        return samples;
    }

    private static int poisson(Random random, double mean) {
        // Knuth's method in chunks of 30, so exp(-mean) never underflows.
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double chunk = Math.min(30, remaining);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    @Test
    void recoversKnownDemandsFromSyntheticUtilisationWithinFivePercentForEveryDraw() {
        for (long seed = 1; seed <= 200; seed++) {
            DemandFit fit = DemandRegression.fit(staircase(seed, true), CLASSES, DemandSamples.WINDOW_SECONDS);

            assertThat(fit.problem()).isNull();
            assertThat(fit.backgroundCores()).as("seed %d: background", seed).isCloseTo(BACKGROUND, within(0.005));
            for (ServiceDemand demand : fit.demands()) {
                double truth = DEMANDS.get(demand.request());
                assertThat(demand.identifiable())
                        .as("seed %d: %s (%s)", seed, demand.request(), demand.reason())
                        .isTrue();
                assertThat(demand.cpuSecondsPerRequest())
                        .as("seed %d: %s within 5 %% of %s s", seed, demand.request(), truth)
                        .isCloseTo(truth, within(0.05 * truth));
            }
            assertThat(fit.demands().get(0).request()).as("largest first").isEqualTo("submit");
        }
    }

    @Test
    void classesThatOnlyEverMoveTogetherAreEstimatedTogetherPerResponseOfAny() {
        DemandFit fit = DemandRegression.fit(staircase(7, false), CLASSES, DemandSamples.WINDOW_SECONDS);

        // CPU per step: 8 x L + 0.5 x 5L + 2 x 1.25L = 13 ms x L over 7.25 L responses: 1.7931 ms per response.
        assertThat(fit.demands()).hasSize(1);
        ServiceDemand group = fit.demands().get(0);
        assertThat(group.request()).isEqualTo("submit+status+verify");
        assertThat(group.identifiable()).as(group.reason()).isTrue();
        assertThat(group.cpuSecondsPerRequest()).isCloseTo(0.013 / 7.25, within(0.01 * 0.013 / 7.25));
    }

    @Test
    void aNoisyMixMergesTheClassesItCannotSeparate() {
        // CPU measured 100 times less precisely: the arrivals' own noise no longer separates the classes.
        DemandFit fit = DemandRegression.fit(staircase(11, true, 0.05), CLASSES, DemandSamples.WINDOW_SECONDS);

        assertThat(fit.demands())
                .extracting(ServiceDemand::request)
                .anyMatch(name -> name.contains("+"))
                .allMatch(name -> CLASSES.stream().anyMatch(name::contains));
        assertThat(fit.demands())
                .allSatisfy(d -> assertThat(d.identifiable())
                        .as("%s: merged until what is left can be estimated (%s)", d.request(), d.reason())
                        .isTrue());
    }

    @Test
    void twoRunsWithTheirOwnBackgroundsStillRecoverTheDemands() {
        List<DemandSample> samples = new ArrayList<>();
        staircase(5, true).forEach(s -> samples.add(new DemandSample("run-a", s.cpuCores(), s.perSecond())));
        staircase(6, true).forEach(s -> samples.add(new DemandSample("run-b", s.cpuCores() + 0.3, s.perSecond())));

        DemandFit fit = DemandRegression.fit(samples, CLASSES, DemandSamples.WINDOW_SECONDS);

        assertThat(fit.backgroundCores())
                .as("0.05 and 0.35 cores, half the windows each")
                .isCloseTo(0.2, within(0.01));
        for (ServiceDemand demand : fit.demands()) {
            assertThat(demand.cpuSecondsPerRequest())
                    .as(demand.request())
                    .isCloseTo(DEMANDS.get(demand.request()), within(0.05 * DEMANDS.get(demand.request())));
        }
    }

    @Test
    void aClassThatNeverRanIsNamedAsSuch() {
        List<DemandSample> samples = staircase(3, true);
        DemandFit fit = DemandRegression.fit(
                samples, List.of("submit", "status", "verify", "login"), DemandSamples.WINDOW_SECONDS);

        ServiceDemand login = fit.demands().stream()
                .filter(d -> d.request().equals("login"))
                .findFirst()
                .orElseThrow();
        assertThat(login.identifiable()).isFalse();
        assertThat(login.reason()).isEqualTo("not identifiable: no responses in the windows");
    }

    @Test
    void tooFewWindowsForTheClassesIsAProblemNotAGuess() {
        DemandFit fit = DemandRegression.fit(staircase(3, true).subList(0, 10), CLASSES, DemandSamples.WINDOW_SECONDS);

        assertThat(fit.problem()).isEqualTo("10 windows for 3 request classes: at least 5 per coefficient are needed");
        assertThat(fit.demands()).isEmpty();
    }
}
