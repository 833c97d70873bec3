package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The disk-full scenario's check can fail: a service started with the test-only broken promise
 * {@code no-storage-guard} (the guard reads the volumes but never refuses) acknowledges submissions on a volume
 * past its flood watermark, and the scenario FAILS for exactly that.
 */
@Tag("load")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NoStorageGuardIT {

    @Test
    void withoutTheStorageGuardDiskFullFailsBecauseSubmissionsAreAcknowledgedPastFlood() throws Exception {
        JsonNode diskFull = BrokenPromiseRun.fails("no-storage-guard", "disk-full", "--rate 2");

        assertThat(diskFull.get("reasons").toString())
                .as("failed for the missing guard")
                .contains("sent past the flood watermark were acknowledged (the storage guard did not refuse them)");
    }
}
