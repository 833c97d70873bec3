package org.sevasurge.testbed.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.ServiceOptions;
import org.sevasurge.testbed.VolumeUsage;
import org.sevasurge.testbed.support.Figures;
import org.sevasurge.testbed.support.ServiceClient;

/**
 * The October 2021 outage as it happened, on the database's disk: PostgreSQL's data directory on a small tmpfs of
 * its own, filled past the flood watermark while the service runs. The storage guard, watching that volume through
 * {@code --db-volume}, refuses submissions with a fast 507 before PostgreSQL itself runs out of room, reads keep
 * answering, and once the ballast is deleted submissions are taken again without a restart. Needs root to mount
 * the tmpfs; skipped with the reason elsewhere.
 */
class DatabaseVolumeFullIT {
    private static final int VOLUME_MEGABYTES = 384;
    private static final int GUARD_MILLIS = 200;

    @Test
    void aFullDatabaseVolumeRefusesSubmissionsWith507KeepsReadsAndRecoversWhenFreed() throws Exception {
        Path base = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"))
                .toAbsolutePath();
        Files.createDirectories(base);
        Path volume = Files.createTempDirectory(base, "database-tmpfs-");
        int mounted = run("mount", "-t", "tmpfs", "-o", "size=" + VOLUME_MEGABYTES + "m", "tmpfs", volume.toString());
        assumeTrue(mounted == 0, "skipped: cannot mount a tmpfs at " + volume + " (needs root)");
        try (EmbeddedTestbed testbed = EmbeddedTestbed.start(
                base.resolve("database-volume"),
                false,
                new ServiceOptions(
                        null, volume, List.of("--storage-check-millis", String.valueOf(GUARD_MILLIS)), Map.of()))) {
            assertThat(volume.resolve("postgres/PG_VERSION"))
                    .as("PostgreSQL's cluster lives on the small volume")
                    .exists();
            ServiceClient client = new ServiceClient(testbed::baseUrl);
            ServiceClient.Acknowledged before = client.submitAcknowledged(50_000);

            VolumeUsage full = testbed.fillDatabaseVolume(0.03);
            long filled = System.nanoTime();
            assertThat(full.usedShare())
                    .as("filled past the 95 %% flood watermark: %s", full)
                    .isGreaterThan(0.95);
            HttpResponse<String> refused = client.submitUntil(507, 50_000, filled, Duration.ofSeconds(10));
            long refusedAfterMillis = (System.nanoTime() - filled) / 1_000_000;
            assertThat(refused.statusCode())
                    .as("past flood on the database's volume, submissions are refused: %s", refused.body())
                    .isEqualTo(507);
            assertThat(refused.body()).as("the refusal names the volume").contains("database");
            assertThat(refused.headers().firstValue("Retry-After"))
                    .as("and says when to retry")
                    .isPresent();
            long slowest = 0;
            for (int i = 0; i < 10; i++) {
                long sent = System.nanoTime();
                assertThat(client.submit(50_000).statusCode())
                        .as("every submission while full")
                        .isEqualTo(507);
                slowest = Math.max(slowest, System.nanoTime() - sent);
            }
            assertThat(client.get(before.path(), before.accessCode()).statusCode())
                    .as("status reads keep working while the database's disk is full")
                    .isEqualTo(200);

            VolumeUsage freed = testbed.freeDatabaseVolume();
            long freedAt = System.nanoTime();
            assertThat(freed.usedShare()).as("the ballast is gone: %s", freed).isLessThan(0.85);
            HttpResponse<String> resumed = client.submitUntil(201, 50_000, freedAt, Duration.ofSeconds(10));
            long resumedAfterMillis = (System.nanoTime() - freedAt) / 1_000_000;
            assertThat(resumed.statusCode())
                    .as("submissions resume without a restart: %s", resumed.body())
                    .isEqualTo(201);
            Figures.record(
                    "embedded database-volume full",
                    String.format(
                            "tmpfs %d MiB filled to %s; first 507 %d ms after the fill; 10 more 507s, slowest %.1f"
                                    + " ms; reads 200; first 201 %d ms after freeing",
                            VOLUME_MEGABYTES, full, refusedAfterMillis, slowest / 1e6, resumedAfterMillis));
        } finally {
            run("umount", "-l", volume.toString());
            Files.deleteIfExists(volume);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
