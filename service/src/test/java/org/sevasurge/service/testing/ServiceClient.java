package org.sevasurge.service.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.sevasurge.service.fixtures.Multipart;

/**
 * A small HTTP client of the service's API for tests, over real loopback HTTP. A copy made with
 * {@link #asOfficer} or {@link #withAccessCode} sends those credentials on every request. Thread-safe.
 */
public final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Map<String, String> headers;

    public ServiceClient(String baseUrl) {
        this(
                baseUrl,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Map.of());
    }

    private ServiceClient(String baseUrl, HttpClient http, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.headers = headers;
    }

    /** The password of a seeded test account (migration V4): its username followed by {@code @sevasurge}. */
    public static String passwordOf(String username) {
        return username + "@sevasurge";
    }

    /** This client with {@code header} on every request. */
    public ServiceClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ServiceClient(baseUrl, http, Map.copyOf(more));
    }

    /** Logs in as the seeded account {@code username}; the copy sends its bearer token. */
    public ServiceClient asOfficer(String username) {
        HttpResponse<byte[]> login = postJson(
                "/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + passwordOf(username) + "\"}");
        if (login.statusCode() != 200) {
            throw new IllegalStateException(
                    "login of " + username + " failed: " + login.statusCode() + " " + new String(login.body()));
        }
        return withHeader(
                "Authorization", "Bearer " + json(login).get("accessToken").asText());
    }

    /** A copy that sends a citizen's access code (from the submission's answer). */
    public ServiceClient withAccessCode(String accessCode) {
        return withHeader("Access-Code", accessCode);
    }

    /** A copy that sends the access code of the submission {@code receipt}. */
    public ServiceClient citizenOf(HttpResponse<byte[]> receipt) {
        return withAccessCode(json(receipt).get("accessCode").asText());
    }

    /** Submits a standard application with the given documents under a new idempotency key. */
    public HttpResponse<byte[]> submit(String json, byte[]... documents) {
        return submit(UUID.randomUUID().toString(), json, documents);
    }

    public HttpResponse<byte[]> submit(String idempotencyKey, String json, byte[]... documents) {
        Multipart body = new Multipart().json("application", json);
        for (int i = 0; i < documents.length; i++) {
            body.file("documents", "doc" + i + ".bin", "application/octet-stream", documents[i]);
        }
        return post("/api/v1/applications", idempotencyKey, body);
    }

    public HttpResponse<byte[]> post(String path, String idempotencyKey, Multipart body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder with = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(with::header);
            request = with.build();
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(response.body()), e);
        }
    }
}
