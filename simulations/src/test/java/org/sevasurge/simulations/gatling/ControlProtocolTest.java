package org.sevasurge.simulations.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.core.Predef$;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.http.protocol.HttpProtocol;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Nothing a run does may leave the machine. Gatling's defaults would: a warm-up call to a public site before the
 * first request, and usage analytics. Two layers keep them off, each tested on its own: the HTTP protocol every
 * simulation (season, staircase, request) takes from {@link Control#protocol}, and the shipped {@code gatling.conf}.
 */
class ControlProtocolTest {

    @Test
    void theProtocolEverySimulationUsesMakesNoWarmUpCallEvenUnderGatlingsDefaults() {
        // Gatling's own defaults (its runner sets the configuration; the DSL reads it): warm-up on.
        GatlingConfiguration defaults = GatlingConfiguration.loadForTest(
                CollectionConverters.asScala(List.<Tuple2<String, ?>>of()).toList());
        assertThat(defaults.http().warmUpUrl().isDefined())
                .as("Gatling's default warms up")
                .isTrue();
        Predef$.MODULE$._configuration_$eq(defaults);

        HttpProtocol protocol = (HttpProtocol)
                Control.protocol(URI.create("http://127.0.0.1:8080")).protocol();

        assertThat(protocol.warmUpUrl().isEmpty())
                .as("warm-up URL: %s", protocol.warmUpUrl())
                .isTrue();
        assertThat(protocol.baseUrls().mkString(",")).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void theShippedGatlingConfigurationTurnsOffTheWarmUpAndAnalytics() {
        GatlingConfiguration shipped = GatlingConfiguration.load();

        assertThat(shipped.http().warmUpUrl().isEmpty()).isTrue();
        assertThat(shipped.data().enableAnalytics()).isFalse();
    }
}
