package org.sevasurge.capacity.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OperationalLawsTest {

    @Test
    void littlesLawOnAHandComputedCase() {
        // 250 requests/s that each spend 40 ms in the system keep 10 requests in it on average.
        assertThat(OperationalLaws.concurrency(250, 0.040)).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void theUtilisationLawOnAHandComputedCase() {
        // A service busy 0.9 of a core at 300 requests/s spends 3 ms of CPU per request.
        assertThat(OperationalLaws.serviceDemandSeconds(0.9, 300)).isCloseTo(0.003, within(1e-12));
    }

    @Test
    void aDemandWithoutCompletionsIsUnknown() {
        assertThat(OperationalLaws.serviceDemandSeconds(0.5, 0)).isNaN();
    }
}
