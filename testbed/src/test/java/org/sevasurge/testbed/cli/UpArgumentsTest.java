package org.sevasurge.testbed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.containers.ContainerSettings;
import org.sevasurge.testbed.containers.ResourceLimits;

class UpArgumentsTest {

    @Test
    void noOptionsMeansAnEmbeddedTestbedInAFreshWorkDirectory() {
        UpArguments arguments = UpArguments.parse(List.of());
        assertThat(arguments.options().mode()).as("embedded is the default").isEqualTo(TestbedMode.EMBEDDED);
        assertThat(arguments.options().workDir().toString()).startsWith("target/sevasurge/testbed/");
    }

    @Test
    void aTargetAloneMeansExternal() {
        UpArguments arguments = UpArguments.parse(List.of("--target", "http://127.0.0.1:8080", "--state-file", "s"));
        assertThat(arguments.options().mode()).isEqualTo(TestbedMode.EXTERNAL);
        assertThat(arguments.options().target()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void anUnknownModeNamesTheOptionAndTheAcceptedValues() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode", "kubernetes")))
                .hasMessageContaining("--mode 'kubernetes'")
                .hasMessageContaining("embedded, containers, external");
    }

    @Test
    void containersModeCarriesTheServiceLimitsAndImagesGiven() {
        UpArguments arguments = UpArguments.parse(List.of(
                "--mode",
                "containers",
                "--service-cpus",
                "1.5",
                "--service-memory",
                "1g",
                "--postgres-image",
                "registry.example/postgres:15",
                "--documents-volume",
                "64m"));
        ContainerSettings settings = arguments.options().containers();
        assertThat(arguments.options().mode()).isEqualTo(TestbedMode.CONTAINERS);
        assertThat(settings.service())
                .as("a run says what one instance is")
                .isEqualTo(new ResourceLimits(1.5, 1L << 30));
        assertThat(settings.postgresImage()).isEqualTo("registry.example/postgres:15");
        assertThat(settings.jreImage()).as("not given: chosen automatically").isNull();
        assertThat(settings.documentsVolumeBytes()).isEqualTo(64L << 20);
    }

    @Test
    void containerOptionsWithoutContainersModeAreRefused() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--service-cpus", "1")))
                .hasMessageContaining("only for --mode containers");
    }

    @Test
    void aMemoryLimitWithoutAUnitItUnderstandsNamesTheAcceptedValues() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode", "containers", "--service-memory", "768x")))
                .hasMessageContaining("--service-memory '768x'")
                .hasMessageContaining("e.g. 768m or 1g");
    }

    @Test
    void externalWithoutATargetSaysWhatIsMissing() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode", "external")))
                .hasMessageContaining("--target URL is required");
    }

    @Test
    void aTargetThatIsNotAnHttpUrlIsRefusedWithAnExample() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--target", "localhost:8080")))
                .hasMessageContaining("--target 'localhost:8080'")
                .hasMessageContaining("http://127.0.0.1:8080");
    }

    @Test
    void anUnknownOptionListsTheAcceptedOnes() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--port", "1")))
                .hasMessageContaining("'--port'")
                .hasMessageContaining("--mode, --target");
    }

    @Test
    void anOptionWithoutItsValueSaysSo() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode"))).hasMessageContaining("--mode needs a value");
    }
}
