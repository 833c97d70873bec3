package org.sevasurge.capacity.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    @Test
    void threeServersAtTwoAndAHalfErlangsWait70Point22PercentOfTheTime() {
        assertThat(ErlangC.waitingProbability(3, 2.5)).isCloseTo(0.7022, within(0.00005));
    }

    @Test
    void oneServerWaitsWithTheProbabilityOfItsUtilisation() {
        // M/M/1: P(wait) = rho.
        assertThat(ErlangC.waitingProbability(1, 0.6)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void aLoadAtOrAboveTheServerCountAlwaysWaits() {
        assertThat(ErlangC.waitingProbability(4, 4.0)).isEqualTo(1.0);
        assertThat(ErlangC.waitingProbability(4, 9.0)).isEqualTo(1.0);
    }

    @Test
    void noLoadNeverWaits() {
        assertThat(ErlangC.waitingProbability(2, 0)).isEqualTo(0.0);
    }
}
