package org.sevasurge.testbed.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The certificate service as a centre operator uses it in the tests: submit an application with one PDF whose
 * content is unique (so no two submissions share a content-addressed document), and read an application back with
 * the citizen's access code.
 * Thread-safe: the HTTP client is.
 */
public final class ServiceClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<URI> baseUrl;

    public ServiceClient(Supplier<URI> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code POST /api/v1/applications} with a fresh idempotency key and a PDF of about {@code pdfBytes} bytes. */
    public HttpResponse<String> submit(int pdfBytes) throws IOException, InterruptedException {
        String boundary = "sevasurge-testbed-" + UUID.randomUUID();
        String application = "{\"serviceCode\":\"INC\",\"centreId\":\"LSK-0001\",\"district\":\"BALOD\",\"applicant\":"
                + "{\"name\":\"Sunita Sahu\",\"guardianName\":\"Ramesh Sahu\",\"dateOfBirth\":\"2006-04-12\","
                + "\"mobile\":\"9876543210\"}}";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + application + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"p.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[Math.max(0, pdfBytes)]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/v1/applications"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Idempotency-Key", "testbed-" + UUID.randomUUID())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Submits, retrying 503s (a cold mocks JVM may miss the service's 1 s eKYC timeout), as an operator does. */
    public HttpResponse<String> submitRetrying503(int pdfBytes) throws IOException, InterruptedException {
        HttpResponse<String> response = submit(pdfBytes);
        for (int attempt = 1; attempt < 10 && response.statusCode() == 503; attempt++) {
            Thread.sleep(1000);
            response = submit(pdfBytes);
        }
        return response;
    }

    /**
     * An application the service acknowledged with a 201.
     *
     * @param path       where its status is read, {@code /api/v1/applications/<applicationNo>}
     * @param accessCode the citizen's access code the 201 carried
     * @param body       the 201's body
     */
    public record Acknowledged(String path, String accessCode, String body) {}

    /** Submits (retrying 503s) and asserts that the service acknowledged the application with a 201. */
    public Acknowledged submitAcknowledged(int pdfBytes) throws IOException, InterruptedException {
        HttpResponse<String> response = submitRetrying503(pdfBytes);
        assertThat(response.statusCode())
                .as("acknowledged: %s", response.body())
                .isEqualTo(201);
        return new Acknowledged(
                "/api/v1/applications/" + field(response.body(), "applicationNo"),
                field(response.body(), "accessCode"),
                response.body());
    }

    /**
     * Submits every 100 ms until the answer is {@code status} or {@code within} has passed since {@code sinceNanos}
     * ({@link System#nanoTime()}), e.g. while the service notices that its documents volume filled up or was freed.
     *
     * @return the last answer
     */
    public HttpResponse<String> submitUntil(int status, int pdfBytes, long sinceNanos, Duration within)
            throws IOException, InterruptedException {
        HttpResponse<String> response = submit(pdfBytes);
        while (response.statusCode() != status && System.nanoTime() - sinceNanos < within.toNanos()) {
            Thread.sleep(100);
            response = submit(pdfBytes);
        }
        return response;
    }

    /** {@code GET path} on the service, e.g. {@code /api/v1/applications/CG-INC-2026-0000001}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code GET path} as the citizen who holds {@code accessCode} (the submission's answer carries it): the service
     * shows an application's status only with it.
     */
    public HttpResponse<String> get(String path, String accessCode) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Access-Code", accessCode)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON string field's value from a flat answer, e.g. {@code applicationNo}; the tests need no JSON library. */
    public static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            throw new IllegalArgumentException("no field " + name + " in " + json);
        }
        start += key.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
