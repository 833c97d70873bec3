package org.sevasurge.testbed.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagesCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        return new ImagesCommand(new Images())
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandExitsWith2AndNamesTheAcceptedOnes() throws Exception {
        assertThat(run("pull")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'pull'")
                .contains("accepted commands: build");
    }

    @Test
    void aMirrorThatIsNotAUrlIsRefusedBeforeAnythingRuns() throws Exception {
        assertThat(run("build", "--mirror", "deb.debian.org")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--mirror 'deb.debian.org'")
                .contains("e.g. http://deb.debian.org/debian");
    }

    @Test
    void anOptionWithoutItsValueSaysSo() throws Exception {
        assertThat(run("build", "--work-dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--work-dir needs a value");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("./sevasurge images [build");
    }
}
