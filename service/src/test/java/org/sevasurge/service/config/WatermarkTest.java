package org.sevasurge.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final long GB = 1L << 30;

    @Test
    void aPercentageIsBreachedWhenMoreThanThatShareIsInUse() {
        Watermark flood = Watermark.parse("95%");
        assertThat(flood.isBreached(100 * GB, 6 * GB)).as("94 % used").isFalse();
        assertThat(flood.isBreached(100 * GB, 4 * GB)).as("96 % used").isTrue();
    }

    @Test
    void aSizeIsBreachedWhenLessThanThatIsFree() {
        Watermark flood = Watermark.parse("500MB");
        assertThat(flood.freeBytes()).isEqualTo(500L << 20);
        assertThat(flood.isBreached(GB, 600L << 20)).isFalse();
        assertThat(flood.isBreached(GB, 400L << 20)).isTrue();
    }

    @Test
    void nonsenseIsRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> Watermark.parse("150%")).hasMessageContaining("at most 100%");
        assertThatThrownBy(() -> Watermark.parse("full")).hasMessageContaining("e.g. 90%");
    }
}
