package org.sevasurge.service.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.database.EmbeddedDatabase;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.Tmpfs;

/** The October 2021 outage, rehearsed on a real small file system: the document volume, then the database's. */
class DiskFullIT {

    private static final int VOLUME_MEGABYTES = 32;
    /** Room for a fresh PostgreSQL cluster (about 40 MB with its first WAL segment) and a filler. */
    private static final int DATABASE_VOLUME_MEGABYTES = 160;

    @Test
    void pastFloodStageSubmissionsGet507WhileReadsWorkAndWritesResumeWhenSpaceReturns() throws Exception {
        try (Tmpfs volume = Tmpfs.mount(VOLUME_MEGABYTES);
                RunningService service = RunningService.start(
                        "--documents", volume.path().resolve("docs").toString())) {
            ServiceClient client = service.client();
            ServiceClient officer = client.asOfficer("naib.balod");
            String number = approvedApplication(client);
            String certificateNo = json(officer.get("/api/v1/applications/" + number))
                    .get("certificateNo")
                    .asText();

            Path filler = fillPastFloodStage(volume, client, "documents");

            assertSubmissionRefusedForFullVolume(client, "documents");
            assertThat(officer.get("/api/v1/applications/" + number).statusCode())
                    .as("status")
                    .isEqualTo(200);
            assertThat(officer.get("/api/v1/certificates/" + certificateNo).statusCode())
                    .as("download")
                    .isEqualTo(200);
            assertThat(client.get("/api/v1/certificates/" + certificateNo + "/verification")
                            .statusCode())
                    .as("verification")
                    .isEqualTo(200);
            JsonNode ready = json(client.get("/health/ready"));
            assertThat(ready.get("submissionsAccepted").asBoolean()).isFalse();

            Files.delete(filler);
            awaitLevel(client, "documents", "OK");
            HttpResponse<byte[]> resumed = client.submit(
                    SampleSubmissions.applicationJson("INC", "After Flood"), SampleDocuments.pdf(10_000, 4));
            assertThat(resumed.statusCode())
                    .as("writes resume without a restart")
                    .isEqualTo(201);
        }
    }

    @Test
    void aDiskThatFillsBetweenChecksStillGives507AndLeavesNoPartialFile() throws Exception {
        try (Tmpfs volume = Tmpfs.mount(VOLUME_MEGABYTES);
                RunningService service = RunningService.start(
                        "--documents", volume.path().resolve("docs").toString(),
                        // Watermarks of 0 bytes free: the guard never steps in, the write itself meets ENOSPC.
                        "--watermark-low", "0",
                        "--watermark-high", "0",
                        "--watermark-flood", "0")) {
            ServiceClient client = service.client();
            RunningService.Stored before = service.stored();
            long free = Files.getFileStore(volume.path()).getUsableSpace();
            Path filler = volume.fill("filler", free - 200_000);

            HttpResponse<byte[]> refused = client.submit(
                    SampleSubmissions.applicationJson("INC", "Enospc Person"), SampleDocuments.pdf(1_500_000, 5));
            assertThat(refused.statusCode())
                    .as("ENOSPC is a 507, not a 500: %s", new String(refused.body()))
                    .isEqualTo(507);
            service.assertStoredNothingSince(before, "a submission that met ENOSPC");

            Files.delete(filler);
            assertThat(client.submit(
                                    SampleSubmissions.applicationJson("INC", "After Enospc"),
                                    SampleDocuments.pdf(100_000, 6))
                            .statusCode())
                    .isEqualTo(201);
        }
    }

    @Test
    void aFullDatabaseVolumeRefusesSubmissionsWith507NamingItWhileReadsWorkAndWritesResume() throws Exception {
        try (Tmpfs volume = Tmpfs.mount(DATABASE_VOLUME_MEGABYTES);
                EmbeddedDatabase postgres = EmbeddedDatabase.start(volume.path().resolve("postgres"), 0);
                RunningService service = RunningService.startOn(postgres.jdbcUrl(), postgres.dataDirectory())) {
            ServiceClient client = service.client();
            HttpResponse<byte[]> receipt = client.submit(
                    SampleSubmissions.applicationJson("INC", "Before Db Flood"), SampleDocuments.pdf(20_000, 11));
            String number = json(receipt).get("applicationNo").asText();
            ServiceClient citizen = client.citizenOf(receipt);
            assertThat(levels(client)).as("readiness reports both volumes").containsOnlyKeys("documents", "database");

            Path filler = fillPastFloodStage(volume, client, "database");

            assertSubmissionRefusedForFullVolume(client, "database");
            assertThat(citizen.get("/api/v1/applications/" + number).statusCode())
                    .as("status still answers")
                    .isEqualTo(200);
            JsonNode ready = json(client.get("/health/ready"));
            assertThat(ready.get("submissionsAccepted").asBoolean()).isFalse();
            assertThat(levels(client))
                    .as("only the database volume is full")
                    .containsEntry("database", "FLOOD")
                    .containsEntry("documents", "OK");

            Files.delete(filler);
            awaitLevel(client, "database", "OK");
            assertThat(client.submit(
                                    SampleSubmissions.applicationJson("INC", "After Db Flood"),
                                    SampleDocuments.pdf(10_000, 13))
                            .statusCode())
                    .as("writes resume without a restart")
                    .isEqualTo(201);
        }
    }

    /**
     * Fills {@code volume} to 97% used (flood stage is past 95%) and waits until the service reports its volume
     * {@code name} at flood stage.
     *
     * @return the filler file, whose deletion brings the space back
     */
    private static Path fillPastFloodStage(Tmpfs volume, ServiceClient client, String name) throws Exception {
        long total = Files.getFileStore(volume.path()).getTotalSpace();
        long used = total - Files.getFileStore(volume.path()).getUsableSpace();
        Path filler = volume.fill("filler", (long) (total * 0.97) - used);
        awaitLevel(client, name, "FLOOD");
        return filler;
    }

    /** Submits an application while {@code volume} is full and asserts the answer: 507, when to retry, which volume. */
    private static void assertSubmissionRefusedForFullVolume(ServiceClient client, String volume) {
        HttpResponse<byte[]> refused =
                client.submit(SampleSubmissions.applicationJson("INC", "Flood Person"), SampleDocuments.pdf(10_000, 3));
        assertThat(refused.statusCode())
                .as("submission refused while the %s volume is full: %s", volume, new String(refused.body()))
                .isEqualTo(507);
        assertThat(refused.headers().firstValue("Retry-After"))
                .as("clients are told when to retry")
                .isPresent();
        assertThat(json(refused).get("volume").asText())
                .as("the problem names the full volume")
                .isEqualTo(volume);
    }

    private static String approvedApplication(ServiceClient client) {
        String number = json(client.submit(
                        SampleSubmissions.applicationJson("INC", "Before Flood"), SampleDocuments.pdf(20_000, 1)))
                .get("applicationNo")
                .asText();
        client.asOfficer("ri.balod")
                .postJson("/api/v1/applications/" + number + "/field-report", "{\"recommendation\":\"APPROVE\"}");
        client.asOfficer("tehsildar.balod")
                .postJson("/api/v1/applications/" + number + "/decision", "{\"outcome\":\"APPROVE\"}");
        return number;
    }

    private static void awaitLevel(ServiceClient client, String volume, String level) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (level.equals(levels(client).get(volume))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "the " + volume + " volume did not reach " + level + " within 10 s: " + levels(client));
    }

    /** Each volume's storage level, by name, as readiness reports it. */
    private static Map<String, String> levels(ServiceClient client) {
        Map<String, String> levels = new LinkedHashMap<>();
        json(client.get("/health/ready"))
                .get("volumes")
                .forEach(v -> levels.put(v.get("name").asText(), v.get("level").asText()));
        return levels;
    }
}
