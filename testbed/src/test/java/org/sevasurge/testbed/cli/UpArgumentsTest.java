package org.sevasurge.testbed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.TestbedMode;

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
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode", "containers")))
                .hasMessageContaining("--mode 'containers'").hasMessageContaining("embedded, external");
    }

    @Test
    void externalWithoutATargetSaysWhatIsMissing() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode", "external")))
                .hasMessageContaining("--target URL is required");
    }

    @Test
    void aTargetThatIsNotAnHttpUrlIsRefusedWithAnExample() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--target", "localhost:8080")))
                .hasMessageContaining("--target 'localhost:8080'").hasMessageContaining("http://127.0.0.1:8080");
    }

    @Test
    void anUnknownOptionListsTheAcceptedOnes() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--port", "1")))
                .hasMessageContaining("'--port'").hasMessageContaining("--mode, --target");
    }

    @Test
    void anOptionWithoutItsValueSaysSo() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("--mode")))
                .hasMessageContaining("--mode needs a value");
    }
}
