package org.sevasurge.simulations.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionKeyTest {

    @Test
    void aKeyKnowsItsGatlingExpression() {
        assertThat(SessionKey.of("ref", String.class).el()).isEqualTo("#{ref}");
    }

    @Test
    void aDottedNameIsRefusedBecauseGatlingReadsItAsAProperty() {
        assertThatThrownBy(() -> SessionKey.of("officer.need", String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("officer.need");
    }
}
