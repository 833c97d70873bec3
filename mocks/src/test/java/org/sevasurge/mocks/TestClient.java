package org.sevasurge.mocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A small HTTP/1.1 client for the tests, built on the JDK HttpClient the way the service's
 * clients will be. Records what came back (status and body, or the exception) and how long the
 * whole answer took.
 */
final class TestClient {

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;

    TestClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(10));
    }

    TestClient(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What one exchange gave: a status and body, or the exception; and its duration. */
    record Outcome(int status, String body, HttpResponse<?> response, Exception failure, long millis) {
        boolean failed() {
            return failure != null;
        }

        @Override
        public String toString() {
            return failed()
                    ? failure.toString() + " after " + millis + " ms"
                    : status + " " + body + " after " + millis + " ms";
        }
    }

    Outcome get(String path) {
        return send(request(path).GET().build());
    }

    Outcome post(String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    Outcome put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Outcome delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Switches one service's profile through the admin API; fails the test if refused. */
    void switchProfile(String service, String profile) {
        Outcome outcome = put("/__sevasurge/profiles/" + service, "{\"profile\":\"" + profile + "\"}");
        if (outcome.status() != 200) {
            throw new AssertionError("profile switch refused: " + outcome);
        }
    }

    /** Sends a request and reads the body as a stream, to time headers and body apart. */
    HttpResponse<InputStream> streamed(String path, String json) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    static String readAll(InputStream body) {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code exchange} {@code count} times on {@code threads} threads; outcomes in order. */
    static List<Outcome> inParallel(int count, int threads, Supplier<Outcome> exchange) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(exchange::get));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median duration of {@code outcomes}, in milliseconds. */
    static long medianMillis(List<Outcome> outcomes) {
        long[] millis = outcomes.stream().mapToLong(Outcome::millis).sorted().toArray();
        return millis[millis.length / 2];
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    }

    private Outcome send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body(), response, null, since(start));
        } catch (IOException e) {
            return new Outcome(-1, null, null, e, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, null, null, e, since(start));
        }
    }

    private static long since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
