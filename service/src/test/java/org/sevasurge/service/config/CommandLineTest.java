package org.sevasurge.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsMeanPort8080EmbeddedDatabaseAndDataUnderTheWorkingDirectory() {
        ServiceConfig config = CommandLine.parse();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).as("loopback unless told otherwise").isEqualTo("127.0.0.1");
        assertThat(config.externalDatabase()).isEmpty();
        assertThat(config.documentsDirectory()).isEqualTo(Path.of("data", "documents"));
    }

    @Test
    void optionsSetPortDatabaseDocumentsAndWatermarks() {
        ServiceConfig config = CommandLine.parse(
                "--port",
                "0",
                "--db-url",
                "jdbc:postgresql://127.0.0.1:5432/x",
                "--db-user",
                "app",
                "--documents",
                "/srv/docs",
                "--watermark-flood",
                "2GB");
        assertThat(config.port()).isZero();
        assertThat(config.externalDatabase())
                .hasValueSatisfying(db -> assertThat(db.user()).isEqualTo("app"));
        assertThat(config.documentsDirectory()).isEqualTo(Path.of("/srv/docs"));
        assertThat(config.watermarks().flood().freeBytes()).isEqualTo(2L << 30);
    }

    @Test
    void mistakesNameTheOptionAndWhatItAccepts() {
        assertThatThrownBy(() -> CommandLine.parse("--port", "eighty"))
                .hasMessageContaining("--port")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> CommandLine.parse("--port", "70000")).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> CommandLine.parse("--watermark-low", "lots"))
                .hasMessageContaining("--watermark-low")
                .hasMessageContaining("90%");
        assertThatThrownBy(() -> CommandLine.parse("--db-url", "postgres://x"))
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> CommandLine.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> CommandLine.parse("--port")).hasMessageContaining("--port needs a value");
    }
}
