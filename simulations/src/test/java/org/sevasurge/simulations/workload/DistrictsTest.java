package org.sevasurge.simulations.workload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistrictsTest {

    @Test
    void centresGoRoundTheThirtyThreeDistrictsInAlphabeticalOrder() {
        assertThat(Districts.CODES).hasSize(33).isSorted();
        assertThat(Districts.ofCentre(1)).as("LSK-0001 is in BALOD").isEqualTo("BALOD");
        assertThat(Districts.ofCentre(2)).isEqualTo("BALODA-BAZAR");
        assertThat(Districts.ofCentre(33)).isEqualTo("SURGUJA");
        assertThat(Districts.ofCentre(34)).as("the 34th centre starts the round again").isEqualTo("BALOD");
        assertThat(Districts.ofCentre(1475)).isEqualTo(Districts.CODES.get(1474 % 33));
    }

    @Test
    void centreIdsHaveFourDigits() {
        assertThat(Districts.centreId(7)).isEqualTo("LSK-0007");
        assertThat(Districts.centreId(1475)).isEqualTo("LSK-1475");
    }

    @Test
    void aCentreTheServiceDoesNotKnowIsRejected() {
        assertThatThrownBy(() -> Districts.ofCentre(1476)).hasMessageContaining("1..1475");
    }
}
