package org.sevasurge.testbed.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wait of a docker test for the images that {@code .ci/run} builds in the background. */
class DockerConditionTest {

    @TempDir
    Path dir;

    @Test
    void withNoBuildUnderWayNothingIsAwaited() {
        assertThat(DockerCondition.imagesBuildFailure(null)).isEmpty();
        assertThat(DockerCondition.imagesBuildFailure(" ")).isEmpty();
    }

    @Test
    void aBuildThatEndsLaterIsAwaitedAndItsSuccessLetsTheTestsRun() throws Exception {
        Path status = dir.resolve("images.status");
        CompletableFuture.runAsync(
                () -> write(status, "0\n"), CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS));

        assertThat(DockerCondition.imagesBuildFailure(status.toString())).isEmpty();
        assertThat(status).exists();
    }

    @Test
    void aFailedBuildSkipsTheTestsNamingItsStatus() throws Exception {
        Path status = dir.resolve("images.status");
        Files.writeString(status, "1\n");

        assertThat(DockerCondition.imagesBuildFailure(status.toString()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("failed with status 1"));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
