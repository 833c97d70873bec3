package org.sevasurge.capacity.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SizingTest {

    @Test
    void aResultsDayBurstOnInstancesOf20PerSecondAt70PercentNeedsFourThenFiveAndSix() {
        // 42.83 / (20 x 0.7) = 3.06 -> 4 instances; 42.83 / 20 = 2.14 Erlangs.
        Sizing sizing = Sizing.of("results-day burst", 42.83, 20, 0.7);

        assertThat(sizing.instancesNeeded()).isEqualTo(4);
        assertThat(sizing.rows()).extracting(InstanceRow::instances).containsExactly(4, 5, 6);
        assertThat(sizing.rows().get(0).utilisation()).isCloseTo(42.83 / 80, within(1e-12));
        assertThat(sizing.rows().get(0).waitingProbability())
                .isCloseTo(ErlangC.waitingProbability(4, 42.83 / 20), within(1e-12));
        assertThat(sizing.rows().get(2).waitingProbability())
                .as("more instances wait less")
                .isLessThan(sizing.rows().get(0).waitingProbability());
    }

    @Test
    void aSmallPeakStillNeedsOneInstance() {
        assertThat(Sizing.of("quiet", 0.5, 20, 0.7).instancesNeeded()).isEqualTo(1);
    }

    @Test
    void aPeakExactlyAtTheTargetNeedsNoExtraInstance() {
        assertThat(Sizing.of("exact", 14, 10, 0.7).instancesNeeded()).isEqualTo(2);
    }
}
