package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.mocks.TestClient.Outcome;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.FaultSettings;
import org.sevasurge.mocks.faults.Latency;
import org.sevasurge.mocks.junit.GovernmentServiceMocksExtension;

/**
 * Each profile does what its name says, measured over real HTTP; numbers shortened for speed.
 *
 * <p>The profiles draw at random (unseeded), so the bounds are set to hold for practically every draw; the
 * chance that a correct mock fails each test by chance is stated beside it (exact binomial and log-normal order
 * statistics, computed once).
 */
class FaultProfilesTest {

    private static final int REQUESTS = 200;
    /**
     * A 20 % share of 200 requests lands in [12, 72] (6 % to 36 %) except with probability 5.2e-8: Binomial(200, 0.2)
     * puts 5e-9 below 12 and 4.7e-8 above 72.
     */
    private static final long SHARE_LOW = 12;

    private static final long SHARE_HIGH = 72;

    @RegisterExtension
    static final GovernmentServiceMocksExtension MOCKS = new GovernmentServiceMocksExtension(MockOptions.defaults()
            .faults(FaultSettings.defaults()
                    .withHealthyLatency(Latency.logNormal(5, 0.2))
                    .withSlowLatency(Latency.logNormal(400, 0.1))
                    .withBrownout(0.2, Latency.logNormal(5, 0.2))
                    .withFlakyRatePerFault(0.05)
                    .withDribble(1_500, 10)));

    private final TestClient client = new TestClient(MOCKS.mocks().baseUrl());

    @Test
    void slowAnswersAfterItsMedianWhileHealthyAnswersFast() {
        client.post("/sms/v1/messages", Payloads.SMS);
        long healthy = TestClient.medianMillis(
                TestClient.inParallel(9, 1, () -> client.post("/sms/v1/messages", Payloads.SMS)));
        client.switchProfile("sms", "slow");
        List<Outcome> slow = TestClient.inParallel(5, 5, () -> client.post("/sms/v1/messages", Payloads.SMS));

        assertThat(slow).allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(202));
        // Upper bounds are loose: the machine is shared, and only the server's delay is exact.
        // Lower bound: the median of 5 log-normal(400 ms, sigma 0.1) draws is under 300 ms with probability 8e-8
        // (3 of 5 draws each under 300 ms with probability 0.0020).
        assertThat(healthy).as("healthy median, configured 5 ms").isLessThan(300);
        assertThat(TestClient.medianMillis(slow))
                .as("slow median, configured 400 ms")
                .isBetween(300L, 2_000L);
    }

    @Test
    void brownoutAnswersAboutTheConfiguredShareWith503() {
        client.switchProfile("sms", "brownout");

        List<Outcome> outcomes =
                TestClient.inParallel(REQUESTS, 8, () -> client.post("/sms/v1/messages", Payloads.SMS));

        long errors = outcomes.stream().filter(o -> o.status() == 503).count();
        assertThat(outcomes)
                .as("a brownout answers; it does not drop connections")
                .allSatisfy(o -> assertThat(o.status()).isIn(202, 503));
        assertThat(errors).as("20 %% of %d, expected about 40", REQUESTS).isBetween(SHARE_LOW, SHARE_HIGH);
    }

    @Test
    void flakyLosesAboutTheConfiguredShareOfAnswersToConnectionFaults() {
        client.switchProfile("sms", "flaky");

        List<Outcome> outcomes =
                TestClient.inParallel(REQUESTS, 8, () -> client.post("/sms/v1/messages", Payloads.SMS));

        List<Outcome> failures = outcomes.stream().filter(Outcome::failed).toList();
        assertThat(failures)
                .as("4 faults x 5 %% of %d, expected about 40", REQUESTS)
                .hasSizeBetween((int) SHARE_LOW, (int) SHARE_HIGH)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(IOException.class));
        assertThat(outcomes)
                .filteredOn(o -> !o.failed())
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(202));
    }

    @Test
    void downResetsEveryConnectionOfItsServiceAndChargesNothing() {
        client.switchProfile("payment", "down");

        List<Outcome> charges = TestClient.inParallel(
                3,
                1,
                () -> client.post("/payments/v1/charges", Payloads.charge("APP-9", 3000), "Idempotency-Key", "k-down"));

        assertThat(charges).allSatisfy(o -> assertThat(o.failure()).isInstanceOf(IOException.class));
        assertThat(MOCKS.mocks().payments().chargeCount()).isZero();
        assertThat(client.post("/ekyc/v1/verify", Payloads.EKYC_APPLICANT).status())
                .as("other services are unaffected")
                .isEqualTo(200);
    }

    @Test
    void blackholeNeverAnswersButHoldsNoThreadSoOtherServicesStillAnswer() {
        client.switchProfile("ekyc", "blackhole");
        TestClient patient = new TestClient(MOCKS.mocks().baseUrl(), Duration.ofMillis(1_500));

        // More held requests than Jetty has threads (25): they would starve everything if held by threads.
        CompletableFuture<List<Outcome>> held = CompletableFuture.supplyAsync(
                () -> TestClient.inParallel(40, 40, () -> patient.post("/ekyc/v1/verify", Payloads.EKYC_APPLICANT)));
        sleep(500);
        Outcome plot = client.get(Payloads.PLOT_QUERY);

        assertThat(held.join()).allSatisfy(o -> assertThat(o.failure()).isInstanceOf(HttpTimeoutException.class));
        assertThat(plot.status()).isEqualTo(200);
        assertThat(plot.millis())
                .as("land records answered while 40 eKYC requests were held")
                .isLessThan(2_000);
    }

    @Test
    void dribbleSendsTheHeadersSoonAndTheBodySlowly() throws Exception {
        client.switchProfile("digilocker", "dribble");

        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.streamed("/digilocker/v1/documents", Payloads.DIGILOCKER_PUSH);
        long headersMillis = (System.nanoTime() - start) / 1_000_000;
        String body = TestClient.readAll(response.body());
        long bodyMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(bodyMillis - headersMillis)
                .as("status and headers come with the first chunk, 9 more follow 150 ms apart")
                .isGreaterThanOrEqualTo(1_200);
        assertThat(body).startsWith("{\"documentId\":\"DL-").endsWith("}");
    }

    @Test
    void profilesSwitchAtRuntimeThroughTheAdminApiAndOnlyForTheirService() {
        client.switchProfile("payment", "down");
        Outcome whileDown = charge("k-switch");
        Outcome smsWhileDown = client.post("/sms/v1/messages", Payloads.SMS);
        String profiles = client.get("/__sevasurge/profiles").body();
        client.switchProfile("payment", "healthy");
        Outcome healed = charge("k-switch");

        assertThat(whileDown.failure()).isInstanceOf(IOException.class);
        assertThat(smsWhileDown.status()).isEqualTo(202);
        assertThat(profiles).contains("\"payment\":\"down\"").contains("\"sms\":\"healthy\"");
        assertThat(healed.status()).isEqualTo(201);
    }

    @Test
    void theAdminApiSwitchesEveryServiceAtOnce() {
        Outcome outcome = client.put("/__sevasurge/profiles", "{\"profile\":\"slow\"}");

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(MOCKS.mocks().profiles())
                .containsOnlyKeys(ExternalService.values())
                .allSatisfy((service, profile) -> assertThat(profile).isEqualTo(FaultProfile.SLOW));
    }

    @Test
    void theAdminApiNamesTheAcceptedValuesWhenGivenAnUnknownOne() {
        Outcome badProfile = client.put("/__sevasurge/profiles/sms", "{\"profile\":\"sideways\"}");
        Outcome badService = client.put("/__sevasurge/profiles/telegraph", "{\"profile\":\"slow\"}");

        assertThat(badProfile.status()).isEqualTo(400);
        assertThat(badProfile.body()).contains("healthy, slow, brownout, flaky, down, blackhole, dribble");
        assertThat(badService.status()).isEqualTo(404);
        assertThat(badService.body()).contains("ekyc, payment, sms, digilocker, landrecords");
    }

    @Test
    void switchingProfilesUnderLoadNeverLeavesARequestWithoutAStub() {
        CompletableFuture<List<Outcome>> load = CompletableFuture.supplyAsync(
                () -> TestClient.inParallel(400, 4, () -> client.post("/ekyc/v1/verify", Payloads.EKYC_APPLICANT)));
        int switches = 0;
        while (!load.isDone()) {
            MOCKS.mocks()
                    .setProfile(
                            ExternalService.EKYC, switches++ % 2 == 0 ? FaultProfile.BROWNOUT : FaultProfile.HEALTHY);
            sleep(2);
        }

        assertThat(switches).as("the profile really changed during the load").isGreaterThan(10);
        assertThat(load.join())
                .as("every request saw a whole profile, never a missing stub")
                .allSatisfy(o -> assertThat(o.status()).isIn(200, 503));
    }

    private Outcome charge(String key) {
        return client.post("/payments/v1/charges", Payloads.charge("APP-" + key, 3000), "Idempotency-Key", key);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
