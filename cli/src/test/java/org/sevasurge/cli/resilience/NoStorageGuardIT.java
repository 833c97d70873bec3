package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sevasurge.cli.Cli;

/**
 * The disk-full scenario's check can fail: a service started with the test-only broken promise
 * {@code no-storage-guard} (the guard reads the volumes but never refuses) acknowledges submissions on a volume
 * past its flood watermark, and the scenario FAILS for exactly that.
 */
@Tag("load")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NoStorageGuardIT {

    @AfterEach
    void forbidAgain() {
        System.clearProperty(ResilienceCommand.ALLOW_PROPERTY);
    }

    @Test
    void withoutTheStorageGuardDiskFullFailsBecauseSubmissionsAreAcknowledgedPastFlood() throws Exception {
        Path runs = Path.of("target", "it-runs", "no-storage-guard-" + System.currentTimeMillis())
                .toAbsolutePath();
        System.setProperty(ResilienceCommand.ALLOW_PROPERTY, "yes");

        Cli.Result result = Cli.runLine(
                "resilience --scenarios %s --scenario disk-full --rate 2 --runs %s --break-promise no-storage-guard",
                ResilienceScenariosIT.shortScenarios(), runs);

        assertThat(result.exitCode())
                .as("a failed scenario exits 1; output:%n%s", result.out())
                .isEqualTo(1);
        assertThat(result.out()).containsPattern("disk-full +FAIL");
        JsonNode diskFull = ResilienceScenariosIT.scorecard(runs).get("disk-full");
        assertThat(diskFull.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(diskFull.get("reasons").toString())
                .as("failed for the missing guard")
                .contains("sent past the flood watermark were acknowledged (the storage guard did not refuse them)");
    }
}
