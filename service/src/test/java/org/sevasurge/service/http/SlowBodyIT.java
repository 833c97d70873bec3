package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.TricklingClients;

/**
 * Finding 2 of the hardening issue: 300 connections trickling request bodies one byte at a time must not starve
 * the service. A citizen's status read keeps answering {@code 200} within its SLO while they trickle, and the
 * trickling requests themselves are refused with {@code 408}. The figures go to
 * {@code target/slow-body-figures.txt}.
 */
class SlowBodyIT {

    /** The status read's p99 SLO of the season calendar's smoke profile; the load target is tighter (50 ms). */
    private static final long STATUS_P99_SLO_MILLIS = 500;

    private static final int JSON_TRICKLES = 250;
    private static final int SUBMISSION_TRICKLES = 50;
    private static final int STATUS_READS = 200;

    @Test
    void aStatusReadAnswersWithinItsSloWhileThreeHundredSlowBodiesTrickle() throws Exception {
        try (RunningService service = RunningService.start()) {
            ServiceClient client = service.client();
            HttpResponse<byte[]> submitted = client.submit(
                    SampleSubmissions.applicationJson("INC", "Trickle Victim"), SampleDocuments.pdf(20_000, 1));
            assertThat(submitted.statusCode())
                    .as(new String(submitted.body(), StandardCharsets.UTF_8))
                    .isEqualTo(201);
            JsonNode receipt = json(submitted);
            String number = receipt.get("applicationNo").asText();
            HttpRequest status =
                    statusRequest(service, number, receipt.path("accessCode").asText(null));

            List<String> heads = new ArrayList<>();
            for (int i = 0; i < JSON_TRICKLES; i++) {
                heads.add("POST /api/v1/applications/" + number + "/field-report HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json");
            }
            for (int i = 0; i < SUBMISSION_TRICKLES; i++) {
                heads.add("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: trickle-" + i
                        + "-0000\r\nContent-Type: multipart/form-data; boundary=xyz");
            }
            long[] millis = new long[STATUS_READS];
            Map<Integer, Integer> statuses = new TreeMap<>();
            String trickleAnswers;
            int refusedSlow;
            try (TricklingClients trickles = TricklingClients.start(service.port(), heads, 1_000)) {
                Thread.sleep(3_000);
                for (int i = 0; i < STATUS_READS; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> answer = client.send(status);
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    Thread.sleep(50);
                }
                trickleAnswers = trickles.answers();
                refusedSlow = trickles.answered(408);
            }
            Arrays.sort(millis);
            String figures = "status reads while " + heads.size() + " bodies trickled: " + statuses
                    + "; latency ms p50 " + millis[STATUS_READS / 2] + ", p95 " + millis[STATUS_READS * 95 / 100]
                    + ", p99 " + millis[STATUS_READS * 99 / 100] + ", max " + millis[STATUS_READS - 1]
                    + "; answers to the trickling requests " + trickleAnswers;
            Files.writeString(Path.of("target", "slow-body-figures.txt"), figures + "\n");

            assertThat(statuses)
                    .as("every status read answered 200: %s", figures)
                    .containsOnlyKeys(200);
            assertThat(refusedSlow)
                    .as("trickling bodies are refused with 408: %s", figures)
                    .isPositive();
            assertThat(millis[STATUS_READS * 99 / 100])
                    .as("status p99 within its SLO: %s", figures)
                    .isLessThan(STATUS_P99_SLO_MILLIS);
            awaitNoneInFlight(client);
        }
    }

    private static HttpRequest statusRequest(RunningService service, String number, String accessCode) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/api/v1/applications/" + number))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (accessCode != null) {
            request.header("Access-Code", accessCode);
        }
        return request.build();
    }

    /** Once the trickling connections are gone, no permit may stay taken. */
    private static void awaitNoneInFlight(ServiceClient client) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = new String(client.get("/metrics").body(), StandardCharsets.UTF_8);
            if (metrics.contains("sevasurge_requests_in_flight 0.0")
                    && metrics.contains("sevasurge_submissions_in_flight 0.0")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("permits still taken after the trickling stopped: "
                + metrics.lines().filter(l -> l.contains("in_flight")).toList());
    }
}
