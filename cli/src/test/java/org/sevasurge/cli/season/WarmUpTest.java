package org.sevasurge.cli.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void risesToThreeQuartersOfThePeakInThreeEqualSteps() {
        WarmUp warmUp = new WarmUp(60, 42.8, "results-day");

        assertThat(warmUp.rates())
                .as("a cold service is never offered the peak itself")
                .satisfiesExactly(
                        r -> assertThat(r).isCloseTo(10.7, within(1e-9)),
                        r -> assertThat(r).isCloseTo(21.4, within(1e-9)),
                        r -> assertThat(r).isCloseTo(32.1, within(1e-9)));
        assertThat(warmUp.holdSeconds()).isEqualTo(20);
        assertThat(warmUp.describe()).isEqualTo("60 s of the season mix at 10.7, 21.4, 32.1 submissions/s");
    }

    @Test
    void aShortWarmUpStillHoldsEachStepForASecond() {
        assertThat(new WarmUp(1, 4, "smoke").holdSeconds()).isEqualTo(1);
    }

    @Test
    void eachRunWarmsUpUnderItsOwnNameSoThatItsIdempotencyKeysAreNew() {
        assertThat(WarmUp.folderName("20261203-095113-results-day-09eb9cbb")).isEqualTo("warm-up-09eb9cbb");
        assertThat(WarmUp.folderName("20261203-101500-results-day-7a736f41")).isEqualTo("warm-up-7a736f41");
    }
}
