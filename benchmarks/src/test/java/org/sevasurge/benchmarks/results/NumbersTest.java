package org.sevasurge.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void scoresKeepFourSignificantDigitsWithGroupedThousands() {
        assertThat(Numbers.plain(193274.207)).isEqualTo("193,300");
        assertThat(Numbers.plain(2.98134)).isEqualTo("2.981");
        assertThat(Numbers.plain(0.000123456)).isEqualTo("0.0001235");
        assertThat(Numbers.plain(80)).isEqualTo("80");
    }

    @Test
    void aScoreWithoutAnErrorHasNoPlusMinusAndANonFiniteOneSaysNoData() {
        assertThat(Numbers.score(2981.3, 120.44, "us/op")).isEqualTo("2,981 ± 120.4 us/op");
        assertThat(Numbers.score(2981.3, Double.NaN, "us/op")).isEqualTo("2,981 us/op");
        assertThat(Numbers.score(Double.NaN, 1, "us/op")).isEqualTo("no data (NaN)");
    }

    @Test
    void scoreUnitsOfTheSameKindConvertAndOthersDoNot() {
        assertThat(ScoreUnits.factor("ms/op", "us/op")).isEqualTo(1000.0);
        assertThat(ScoreUnits.factor("ops/ms", "ops/s")).isEqualTo(1000.0);
        assertThat(ScoreUnits.factor("ops/s", "us/op")).isNaN();
        assertThat(ScoreUnits.factor("B/op", "us/op")).isNaN();
    }
}
