package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceProcess;

/**
 * A crash loses nothing acknowledged: the service runs as users run it (its own JVM, embedded PostgreSQL),
 * is killed with SIGKILL while submissions are in flight, and started again on the same data.
 */
@Tag("crash")
class CrashDurabilityIT {

    private static final int ACKS_BEFORE_CRASH = 24;
    private static final HexFormat HEX = HexFormat.of();

    private record Acked(String applicationNo, String payloadSha256, String accessCode, List<byte[]> documents) {}

    @Test
    void everyAcknowledgedApplicationSurvivesAKillNineWithByteIdenticalDocuments() throws Exception {
        Path data = Files.createTempDirectory("sevasurge-crash");
        ServiceProcess first = ServiceProcess.start("--port", "0", "--data", data.toString());
        Map<String, Acked> acked = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService centres = Executors.newFixedThreadPool(4);
        ServiceClient client = first.client();
        for (int worker = 0; worker < 4; worker++) {
            centres.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    int n = sent.incrementAndGet();
                    List<byte[]> documents = List.of(SampleDocuments.pdf(150_000, n), SampleDocuments.jpeg(90_000, -n));
                    try {
                        HttpResponse<byte[]> response = client.submit(
                                UUID.randomUUID().toString(),
                                SampleSubmissions.applicationJson("INC", "Crash Applicant " + n),
                                documents.toArray(new byte[0][]));
                        if (response.statusCode() == 201) {
                            JsonNode body = json(response);
                            acked.put(
                                    body.get("applicationNo").asText(),
                                    new Acked(
                                            body.get("applicationNo").asText(),
                                            body.get("payloadSha256").asText(),
                                            body.get("accessCode").asText(),
                                            documents));
                        }
                    } catch (RuntimeException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        while (acked.size() < ACKS_BEFORE_CRASH) {
            Thread.sleep(5);
        }
        first.kill();
        centres.shutdownNow();
        assertThat(centres.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<Acked> acknowledged = new ArrayList<>(acked.values());

        ServiceProcess second = ServiceProcess.start("--port", "0", "--data", data.toString());
        try {
            ServiceClient after = second.client();
            for (Acked app : acknowledged) {
                HttpResponse<byte[]> status =
                        after.withAccessCode(app.accessCode()).get("/api/v1/applications/" + app.applicationNo());
                assertThat(status.statusCode())
                        .as("acknowledged %s is still there", app.applicationNo())
                        .isEqualTo(200);
                JsonNode view = json(status);
                assertThat(view.get("payloadSha256").asText()).as("unchanged").isEqualTo(app.payloadSha256());
                for (int i = 0; i < app.documents().size(); i++) {
                    String sha = view.get("documents").get(i).get("sha256").asText();
                    assertThat(sha).isEqualTo(sha256(app.documents().get(i)));
                    Path file = data.resolve("documents")
                            .resolve(sha.substring(0, 2))
                            .resolve(sha);
                    assertThat(sha256(Files.readAllBytes(file)))
                            .as("document %d of %s is byte-identical on disk", i, app.applicationNo())
                            .isEqualTo(sha);
                }
            }
        } finally {
            assertThat(second.stop()).as("SIGTERM stops the service cleanly").isIn(0, 143);
        }
        assertThat(second.output()).as("shutdown is reported").anyMatch(l -> l.contains("sevasurge-service stopped"));
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_CRASH);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
