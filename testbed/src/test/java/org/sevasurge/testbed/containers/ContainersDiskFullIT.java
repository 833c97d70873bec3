package org.sevasurge.testbed.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.VolumeUsage;
import org.sevasurge.testbed.support.DockerTest;
import org.sevasurge.testbed.support.Figures;
import org.sevasurge.testbed.support.ServiceClient;

/**
 * The 2021 incident on a containers testbed: the documents on a tmpfs of fixed size, filled past the flood
 * watermark. Submissions get {@code 507} with {@code Retry-After} while reads stay {@code 200}; freeing the space
 * brings submissions back without a restart; and the tmpfs keeps its documents across a kill of the service.
 */
@DockerTest
class ContainersDiskFullIT {

    private static final long VOLUME_BYTES = 32L << 20;

    @Test
    void aFullDocumentsTmpfsRefusesSubmissionsWith507KeepsReadsAt200AndRecoversWhenFreed() throws Exception {
        Path workDir =
                Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "containers-disk-full");
        try (ContainersTestbed testbed =
                ContainersTestbed.start(workDir, ContainerSettings.defaults().withDocumentsVolumeBytes(VOLUME_BYTES))) {
            ServiceClient client = new ServiceClient(testbed::baseUrl);
            VolumeUsage empty = testbed.documentsVolume();
            assertThat(empty.totalBytes())
                    .as("a tmpfs of exactly the size asked for")
                    .isEqualTo(VOLUME_BYTES);

            ServiceClient.Acknowledged before = client.submitAcknowledged(100_000);
            String document = ServiceClient.field(before.body(), "sha256");

            VolumeUsage full = testbed.fillDocumentsVolume();
            long filled = System.nanoTime();
            assertThat(full.usedShare())
                    .as("filled past the 95 %% flood watermark: %s", full)
                    .isGreaterThan(0.95);
            HttpResponse<String> refused = client.submitUntil(507, 100_000, filled, Duration.ofSeconds(15));
            long refusedAfterMillis = (System.nanoTime() - filled) / 1_000_000;
            assertThat(refused.statusCode())
                    .as("past flood, submissions are refused: %s", refused.body())
                    .isEqualTo(507);
            assertThat(refused.headers().firstValue("Retry-After"))
                    .as("and told when to retry")
                    .isPresent();
            long slowest507 = 0;
            for (int i = 0; i < 20; i++) {
                long sent = System.nanoTime();
                HttpResponse<String> again = client.submit(100_000);
                slowest507 = Math.max(slowest507, System.nanoTime() - sent);
                assertThat(again.statusCode()).as("every submission while full").isEqualTo(507);
            }
            assertThat(client.get(before.path(), before.accessCode()).statusCode())
                    .as("status reads keep working")
                    .isEqualTo(200);
            assertThat(client.get("/health/live").statusCode())
                    .as("the service is alive")
                    .isEqualTo(200);

            VolumeUsage freed = testbed.freeDocumentsVolume();
            long freedAt = System.nanoTime();
            assertThat(freed.freeBytes()).as("the ballast is gone").isGreaterThan(VOLUME_BYTES / 2);
            HttpResponse<String> resumed = client.submitUntil(201, 100_000, freedAt, Duration.ofSeconds(15));
            long recoveredAfterMillis = (System.nanoTime() - freedAt) / 1_000_000;
            assertThat(resumed.statusCode())
                    .as("submissions resume without a restart: %s", resumed.body())
                    .isEqualTo(201);

            testbed.killService();
            testbed.restartService();
            assertThat(client.get(before.path(), before.accessCode()).statusCode())
                    .as("readable after a kill")
                    .isEqualTo(200);
            assertThat(DocumentFiles.intact(testbed, List.of(document)))
                    .as("the tmpfs kept its document while the service container was down")
                    .isEqualTo(1);
            Figures.record(
                    "containers disk-full",
                    String.format(
                            "tmpfs %d MiB filled to %s; first 507 %d ms after"
                                    + " the fill; 20 more 507s, slowest %.1f ms; reads 200; first 201 %d ms after freeing",
                            VOLUME_BYTES >> 20, full, refusedAfterMillis, slowest507 / 1e6, recoveredAfterMillis));
        }
    }
}
