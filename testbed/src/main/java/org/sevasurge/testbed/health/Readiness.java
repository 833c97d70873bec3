package org.sevasurge.testbed.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Polls {@code GET /health/ready} of a service until it answers 200 or a deadline passes. Stateless apart from its
 * HTTP client; thread-safe.
 */
public final class Readiness {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /**
     * Waits until the service at {@code baseUrl} is ready.
     *
     * @param timeout how long to keep asking
     * @return the body of the 200 answer
     * @throws IOException naming the URL and the last problem seen when it never became ready
     */
    public String await(URI baseUrl, Duration timeout) throws IOException, InterruptedException {
        URI ready = URI.create(baseUrl + "/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem;
        do {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(REQUEST_TIMEOUT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                lastProblem = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new IOException("the service at " + baseUrl + " is not ready: GET " + ready + " gave " + lastProblem
                + " for " + timeout.toSeconds() + " s");
    }
}
