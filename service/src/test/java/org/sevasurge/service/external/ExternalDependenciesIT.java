package org.sevasurge.service.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.MockOptions;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.FaultSettings;
import org.sevasurge.mocks.faults.Latency;
import org.sevasurge.mocks.junit.GovernmentServiceMocksExtension;
import org.sevasurge.mocks.payment.Charge;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;

/**
 * The service against the real simulators of the government services, over HTTP, with their faults switched
 * on and off while it runs.
 */
class ExternalDependenciesIT {

    /** "slow" well past the payment timeout every time (the default median of 2 s straddles it). */
    @RegisterExtension
    static final GovernmentServiceMocksExtension MOCKS = new GovernmentServiceMocksExtension(
            MockOptions.defaults().faults(FaultSettings.defaults().withSlowLatency(Latency.logNormal(4_000, 0.05))));

    @Test
    void anUnavailableEkycRefusesTheSubmissionWith503AndStoresNothing() throws Exception {
        try (RunningService service = start()) {
            MOCKS.mocks().setProfile(ExternalService.EKYC, FaultProfile.DOWN);
            HttpResponse<byte[]> refused = submit(service.client(), "Ekyc Down");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(refused).get("dependency").asText()).isEqualTo("ekyc");
            service.assertStoredNothingSince(new RunningService.Stored(0, 0), "a submission refused for eKYC");
        }
    }

    @Test
    void anIdentityThatDoesNotMatchIs422() throws Exception {
        try (RunningService service = start()) {
            HttpResponse<byte[]> refused = submit(service.client(), "NOMATCH Person");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("applicant");
            assertThat(service.count("applications")).isZero();
        }
    }

    @Test
    void aBlackholedDependencyNeverHoldsARequestLongerThanItsTimeout() throws Exception {
        try (RunningService service = start()) {
            MOCKS.mocks().setProfile(ExternalService.EKYC, FaultProfile.BLACKHOLE);
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = submit(service.client(), "Blackhole Person");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(millis)
                    .as(
                            "eKYC timeout is %d ms; the answer took %d ms",
                            DependencySettings.ekyc().requestTimeout().toMillis(), millis)
                    .isLessThan(DependencySettings.ekyc().requestTimeout().toMillis() + 2_000);
        }
    }

    @Test
    void aSlowPaymentGatewayOpensTheBreakerLeavesFeesPendingAndNeverChargesTwice() throws Exception {
        try (RunningService service = start()) {
            ServiceClient client = service.client();
            MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.SLOW);
            List<HttpResponse<byte[]>> answers = submitConcurrently(client, 12, "Slow Payment");
            long timeoutMillis = DependencySettings.payment().requestTimeout().toMillis();
            for (HttpResponse<byte[]> answer : answers) {
                assertThat(answer.statusCode())
                        .as("accepted with the fee pending")
                        .isEqualTo(201);
                assertThat(json(answer).get("feeStatus").asText()).isEqualTo("PENDING");
            }
            awaitTrue(
                    () -> metrics(client)
                            .contains("resilience4j_circuitbreaker_state{name=\"payment\",state=\"open\"} 1.0"),
                    "payment breaker opens");

            long start = System.nanoTime();
            HttpResponse<byte[]> fast = submit(client, "While Open");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(fast.statusCode()).isEqualTo(201);
            assertThat(millis)
                    .as("an open breaker fails fast (took %d ms, timeout %d ms)", millis, timeoutMillis)
                    .isLessThan(timeoutMillis);

            MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.HEALTHY);
            awaitTrue(
                    () -> metrics(client)
                            .contains("resilience4j_circuitbreaker_state{name=\"payment\",state=\"closed\"} 1.0"),
                    "payment breaker closes after healthy probes");
            awaitTrue(
                    () -> service.countUnchecked("applications WHERE fee_status = 'PENDING'") == 0,
                    "pending fees are reconciled");
            assertThat(MOCKS.mocks().payments().duplicateCaptures())
                    .as("no application charged twice")
                    .isEmpty();
            for (Charge charge : MOCKS.mocks().payments().charges()) {
                assertThat(charge.idempotencyKey())
                        .as("every attempt carried the application's own key")
                        .isEqualTo(FeeCollector.idempotencyKey(charge.reference()));
            }
            assertThat(MOCKS.mocks().payments().chargeCount()).isEqualTo((int) service.count("applications"));
        }
    }

    @Test
    void retriesOfAFlakyGatewayReuseTheKeySoNoFeeIsCapturedTwice() throws Exception {
        try (RunningService service = start()) {
            MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.FLAKY);
            // A charge loses its first answer with probability 0.2 (4 faults x 5 %). Batches of 30 until one was
            // retried, at most 4: a correct service fails this by chance with probability 0.8^120 = 2.3e-12
            // (a single batch of 30 failed 1 run in 800).
            for (int batch = 1;
                    batch <= 4
                            && MOCKS.mocks().payments().charges().stream().noneMatch(charge -> charge.requests() > 1);
                    batch++) {
                submitConcurrently(service.client(), 30, "Flaky Payment " + batch);
            }
            assertThat(MOCKS.mocks().payments().duplicateCaptures()).isEmpty();
            assertThat(MOCKS.mocks().payments().charges())
                    .allSatisfy(charge -> assertThat(charge.idempotencyKey())
                            .isEqualTo(FeeCollector.idempotencyKey(charge.reference())));
            assertThat(MOCKS.mocks().payments().charges())
                    .as("a lost answer was retried with the same key")
                    .anySatisfy(charge -> assertThat(charge.requests()).isGreaterThan(1));
        }
    }

    @Test
    void anSmsOutageNeitherSlowsSubmissionsNorLosesMessages() throws Exception {
        try (RunningService service = start()) {
            ServiceClient client = service.client();
            long healthyMedian = medianSubmitMillis(client, "Sms Healthy");
            awaitTrue(() -> outboxBacklog(client) == 0, "the healthy backlog drains");

            MOCKS.mocks().setProfile(ExternalService.SMS, FaultProfile.DOWN);
            long downMedian = medianSubmitMillis(client, "Sms Down");
            assertThat(downMedian)
                    .as("median submit %d ms with SMS down vs %d ms healthy", downMedian, healthyMedian)
                    .isLessThan(2 * healthyMedian + 100);
            assertThat(outboxBacklog(client)).as("messages wait in the outbox").isGreaterThanOrEqualTo(9);

            clearJournal(client);
            MOCKS.mocks().setProfile(ExternalService.SMS, FaultProfile.HEALTHY);
            awaitTrue(() -> outboxBacklog(client) == 0, "the backlog drains after recovery");
            for (String number : numbers(service, "Sms Down")) {
                assertThat(smsRequestsMentioning(number))
                        .as("one SMS for %s after recovery", number)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void unavailableLandRecordsAnswerTheFieldReportWith503AndItCanBeRetried() throws Exception {
        try (RunningService service = start()) {
            ServiceClient client = service.client();
            HttpResponse<byte[]> submitted = client.submit(
                    SampleSubmissions.applicationJson("RES", "Plot Owner"), SampleDocuments.pdf(10_000, 1));
            String number = json(submitted).get("applicationNo").asText();
            String report = "{\"recommendation\":\"APPROVE\",\"khasraNo\":\"123/4\"}";
            ServiceClient inspector = client.asOfficer("ri.balod");

            MOCKS.mocks().setProfile(ExternalService.LAND_RECORDS, FaultProfile.DOWN);
            HttpResponse<byte[]> refused =
                    inspector.postJson("/api/v1/applications/" + number + "/field-report", report);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(refused).get("dependency").asText()).isEqualTo("landrecords");
            assertThat(json(inspector.get("/api/v1/applications/" + number))
                            .get("status")
                            .asText())
                    .as("nothing changed")
                    .isEqualTo("SUBMITTED");

            MOCKS.mocks().setProfile(ExternalService.LAND_RECORDS, FaultProfile.HEALTHY);
            HttpResponse<byte[]> retried =
                    inspector.postJson("/api/v1/applications/" + number + "/field-report", report);
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(json(retried)
                            .get("fieldReport")
                            .get("plot")
                            .get("khasra")
                            .asText())
                    .isEqualTo("123/4");
        }
    }

    @Test
    void dependencyMetricsShowCallsBreakersAndTheOutbox() throws Exception {
        try (RunningService service = start()) {
            submit(service.client(), "Metric Person");
            String metrics = metrics(service.client());
            assertThat(metrics)
                    .contains(
                            "sevasurge_dependency_calls_seconds_count{dependency=\"ekyc\",outcome=\"success\"}",
                            "sevasurge_dependency_calls_seconds_bucket{dependency=\"ekyc\",outcome=\"success\",le=",
                            "resilience4j_circuitbreaker_state{name=\"payment\"",
                            "resilience4j_bulkhead_available_concurrent_calls",
                            "sevasurge_outbox_backlog",
                            "sevasurge_outbox_oldest_age_seconds");
        }
    }

    private static RunningService start() throws Exception {
        return RunningService.start("--external-services", MOCKS.mocks().baseUrl());
    }

    private static HttpResponse<byte[]> submit(ServiceClient client, String name) {
        return client.submit(
                SampleSubmissions.applicationJson("INC", name), SampleDocuments.pdf(20_000, name.hashCode()));
    }

    private static List<HttpResponse<byte[]>> submitConcurrently(ServiceClient client, int count, String name)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String applicant = name + " " + i;
                futures.add(pool.submit(() -> submit(client, applicant)));
            }
            List<HttpResponse<byte[]>> answers = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long medianSubmitMillis(ServiceClient client, String name) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long start = System.nanoTime();
            assertThat(submit(client, name + " " + i).statusCode()).isEqualTo(201);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(Long::compare);
        return millis.get(millis.size() / 2);
    }

    private static String metrics(ServiceClient client) {
        return new String(client.get("/metrics").body(), StandardCharsets.UTF_8);
    }

    private static long outboxBacklog(ServiceClient client) {
        for (String line : metrics(client).split("\n")) {
            if (line.startsWith("sevasurge_outbox_backlog ")) {
                return (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sevasurge_outbox_backlog in /metrics");
    }

    private static List<String> numbers(RunningService service, String namePrefix) throws Exception {
        JsonNode page = json(service.client().asOfficer("ri.balod").get("/api/v1/applications?size=100"));
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.get("applicantName").asText().startsWith(namePrefix)) {
                numbers.add(item.get("applicationNo").asText());
            }
        });
        assertThat(numbers).hasSize(11);
        return numbers;
    }

    private static void clearJournal(ServiceClient ignored) {
        new ServiceClient(MOCKS.mocks().baseUrl())
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(MOCKS.mocks().baseUrl() + "/__admin/requests"))
                        .DELETE()
                        .build());
    }

    private static int smsRequestsMentioning(String text) {
        String query =
                "{\"method\":\"POST\",\"url\":\"/sms/v1/messages\",\"bodyPatterns\":[{\"contains\":\"" + text + "\"}]}";
        HttpResponse<byte[]> count = new ServiceClient(MOCKS.mocks().baseUrl())
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(MOCKS.mocks().baseUrl() + "/__admin/requests/count"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query))
                        .build());
        return json(count).get("count").asInt();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("within 60 s: " + what);
    }
}
