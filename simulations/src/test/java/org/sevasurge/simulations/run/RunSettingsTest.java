package org.sevasurge.simulations.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

    private static Properties properties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void withoutPropertiesASmokeRunGoesToTheLocalService() {
        RunSettings settings = RunSettings.from(properties());

        assertThat(settings.target()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(settings.profile()).isEqualTo("smoke");
        assertThat(settings.compression()).as("the profile's own").isNull();
        assertThat(settings.rateFactor()).isEqualTo(1.0);
        assertThat(settings.runsDir()).as("run folders outlive builds").isEqualTo(Path.of("runs"));
        assertThat(settings.kind()).isEqualTo(RunSettings.SEASON);
        assertThat(settings.recording())
                .as("recording is on unless measuring the overhead")
                .isTrue();
        assertThat(RunSettings.from(properties("sevasurge.recording", "off")).recording())
                .isFalse();
    }

    @Test
    void propertiesOverrideTheDefaults() {
        RunSettings settings = RunSettings.from(properties(
                "sevasurge.target",
                "http://127.0.0.1:41234/",
                "sevasurge.profile",
                "season",
                "sevasurge.seed",
                "7",
                "sevasurge.compression",
                "90",
                "sevasurge.rateFactor",
                "0.5",
                "sevasurge.run.id",
                "my-run"));

        assertThat(settings.target()).as("a trailing slash is dropped").isEqualTo(URI.create("http://127.0.0.1:41234"));
        assertThat(settings.profile()).isEqualTo("season");
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.compression()).isEqualTo(90.0);
        assertThat(settings.rateFactor()).isEqualTo(0.5);
        assertThat(settings.runId()).isEqualTo("my-run");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> RunSettings.from(properties("sevasurge.kind", "soak")))
                .hasMessage("system property sevasurge.kind = 'soak': accepted values: season, staircase");
    }

    @Test
    void aBadNumberNamesThePropertyAndWhatItAccepts() {
        assertThatThrownBy(() -> RunSettings.from(properties("sevasurge.seed", "abc")))
                .hasMessage("system property sevasurge.seed = 'abc': accepted values: a whole number");
        assertThatThrownBy(() -> RunSettings.from(properties("sevasurge.rateFactor", "0")))
                .hasMessage("system property sevasurge.rateFactor = 0.0: accepted values: a number > 0");
    }
}
