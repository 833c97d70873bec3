package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.Multipart;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;

/**
 * Beyond the in-flight limit a request is refused at once with 503 and Retry-After; it never hangs. Permits are
 * taken by route, so a trailing slash does not dodge the submission limit, and readiness turns 503 with its
 * reason while the service refuses most of its work. With the test-only switch {@code unbounded-request-queue}, the
 * same request waits in a queue instead: what the overload scenario's check must catch.
 */
class OverloadIT {

    @Test
    void aSubmissionBeyondTheLimitIsRefusedFastWithOrWithoutATrailingSlashWhileReadsStillPass() throws Exception {
        try (RunningService service =
                RunningService.start("--max-in-flight", "8", "--max-in-flight-submissions", "1")) {
            ServiceClient client = service.client();
            ServiceClient officer = client.asOfficer("ri.balod");
            try (Connection lock = service.lockApplications("EXCLUSIVE")) {
                CompletableFuture<HttpResponse<byte[]>> stuck = holdTheSubmissionSlot(service);

                for (String path : new String[] {"/api/v1/applications", "/api/v1/applications/"}) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> refused = client.post(
                            path,
                            java.util.UUID.randomUUID().toString(),
                            new Multipart()
                                    .json("application", SampleSubmissions.applicationJson("INC", "Second"))
                                    .file("documents", "a.pdf", "application/pdf", SampleDocuments.pdf(1_000, 2)));
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertThat(refused.statusCode())
                            .as(
                                    "%s is a submission and is refused: %s",
                                    path, new String(refused.body(), StandardCharsets.UTF_8))
                            .isEqualTo(503);
                    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                    assertThat(millis)
                            .as("refused without waiting for the stuck one (took %d ms)", millis)
                            .isLessThan(5_000);
                }
                assertThat(client.get("/health/live").statusCode())
                        .as("health answers beside a held submission")
                        .isEqualTo(200);
                assertThat(officer.get("/api/v1/applications?size=1").statusCode())
                        .as("reads have their own room")
                        .isEqualTo(200);
                lock.rollback();
                assertThat(stuck.get().statusCode())
                        .as("the stuck one completes once the lock goes")
                        .isEqualTo(201);
            }
        }
    }

    @Test
    void readinessTurns503WithItsReasonWhileMostRequestsAreRefused() throws Exception {
        try (RunningService service =
                RunningService.start("--max-in-flight", "2", "--max-in-flight-submissions", "1")) {
            ServiceClient client = service.client();
            assertThat(client.get("/health/ready").statusCode())
                    .as("ready while idle")
                    .isEqualTo(200);
            // Two reads stuck behind a lock that even readers wait for hold both permits.
            try (Connection lock = service.lockApplications("ACCESS EXCLUSIVE")) {
                String number = "CG-INC-2027-0000001";
                ServiceClient officer = client.asOfficer("ri.balod");
                CompletableFuture<?> a =
                        CompletableFuture.runAsync(() -> officer.get("/api/v1/applications/" + number));
                CompletableFuture<?> b =
                        CompletableFuture.runAsync(() -> officer.get("/api/v1/applications/" + number));
                awaitInFlight(service, 2);
                int refused = 0;
                for (int i = 0; i < 30; i++) {
                    if (officer.get("/api/v1/applications/" + number).statusCode() == 503) {
                        refused++;
                    }
                }
                assertThat(refused)
                        .as("every read beyond the two stuck ones is refused")
                        .isEqualTo(30);
                HttpResponse<byte[]> ready = client.get("/health/ready");
                assertThat(ready.statusCode())
                        .as("not ready while refusing most work: %s", new String(ready.body(), StandardCharsets.UTF_8))
                        .isEqualTo(503);
                assertThat(json(ready).get("status").asText()).isEqualTo("SHEDDING");
                assertThat(json(ready).get("reason").asText()).contains("refused for overload");
                lock.rollback();
                a.get();
                b.get();
            }
        }
    }

    @Test
    void withTheBoundBrokenASubmissionBeyondTheLimitWaitsInAQueueInsteadOfAFast503() throws Exception {
        try (RunningService service = RunningService.start(
                "--max-in-flight",
                "8",
                "--max-in-flight-submissions",
                "1",
                "--break-promise",
                "unbounded-request-queue")) {
            ServiceClient client = service.client();
            try (Connection lock = service.lockApplications("EXCLUSIVE")) {
                CompletableFuture<HttpResponse<byte[]>> stuck = holdTheSubmissionSlot(service);
                CompletableFuture<HttpResponse<byte[]>> queued = CompletableFuture.supplyAsync(() -> client.submit(
                        SampleSubmissions.applicationJson("INC", "Second"), SampleDocuments.pdf(1_000, 2)));

                service.awaitMetricLine("sevasurge_requests_waiting 1.0");
                Thread.sleep(1_000);
                assertThat(queued)
                        .as("no fast 503: the submission beyond the limit waits for the stuck one")
                        .isNotDone();
                lock.rollback();
                assertThat(stuck.get().statusCode()).isEqualTo(201);
                assertThat(queued.get().statusCode())
                        .as("served once the permit came free, however long that took")
                        .isEqualTo(201);
                service.awaitMetricLine("sevasurge_requests_waiting 0.0");
            }
        }
    }

    /**
     * A submission stuck on the applications table (which the caller has locked) takes the one submission slot, as a
     * slow database would; returns once it is in flight.
     */
    private static CompletableFuture<HttpResponse<byte[]>> holdTheSubmissionSlot(RunningService service)
            throws InterruptedException {
        ServiceClient client = service.client();
        CompletableFuture<HttpResponse<byte[]>> stuck = CompletableFuture.supplyAsync(
                () -> client.submit(SampleSubmissions.applicationJson("INC", "First"), SampleDocuments.pdf(1_000, 1)));
        awaitSubmissionInFlight(service);
        return stuck;
    }

    private static void awaitSubmissionInFlight(RunningService service) throws InterruptedException {
        service.awaitMetricLine("sevasurge_submissions_in_flight 1.0");
    }

    private static void awaitInFlight(RunningService service, int n) throws InterruptedException {
        service.awaitMetricLine("sevasurge_requests_in_flight " + n + ".0");
    }
}
