package org.sevasurge.testbed.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Warms the external-service mocks before the service is started against them: a freshly started WireMock JVM
 * answers its first eKYC calls slowly (class loading, an interpreted JIT) and the service gives eKYC 1 s, so a run's
 * first submissions would fail with 503 for the testbed's sake, not the service's. eKYC verification is stateless,
 * so warming it leaves nothing behind (no charge, no message). Stateless and thread-safe.
 */
public final class MocksWarmUp {
    /** Calls that bring the eKYC path to compiled code on a 2-core machine. */
    static final int CALLS = 200;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private MocksWarmUp() {}

    /** Sends {@value #CALLS} eKYC verifications to the mocks at {@code mocks}; failures only shorten the warm-up. */
    public static void warm(URI mocks) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        byte[] body = "{\"name\":\"Warm Up\",\"dateOfBirth\":\"2000-01-01\",\"mobile\":\"9876543210\"}"
                .getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(mocks.resolve("/ekyc/v1/verify"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        for (int i = 0; i < CALLS; i++) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return;
            }
        }
    }
}
