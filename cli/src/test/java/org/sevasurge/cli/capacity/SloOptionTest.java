package org.sevasurge.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SloOptionTest {

    @Test
    void latenciesInMillisecondsOrSecondsAndErrorsInPercent() {
        assertThat(SloOption.parse("p95=50ms,p99=0.2s,errors=0.1%")).isEqualTo(new SloOption(50, 200, 0.1));
        assertThat(SloOption.parse(" P99 = 100ms , p95=40ms, errors=1 ")).isEqualTo(new SloOption(40, 100, 1.0));
    }
}
