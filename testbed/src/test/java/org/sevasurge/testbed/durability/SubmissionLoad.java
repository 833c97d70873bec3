package org.sevasurge.testbed.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submissions in a closed loop from a few workers (centres), each a multipart request with a PDF and a JPEG of
 * seeded random bytes, recording every {@code 201} as an {@link Acknowledged}. An action can be hooked to the n-th
 * acknowledgement and runs in the thread that received it, right after it is recorded (to crash something "right
 * after some 201s"). Thread-safe.
 */
final class SubmissionLoad implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 20;

    private final URI target;
    private final int workers;
    private final long seed;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acks = new AtomicInteger();
    private final Map<String, AtomicLong> failuresByCause = new ConcurrentSkipListMap<>();
    private final ExecutorService pool;
    private volatile boolean running = true;
    private volatile int hookAt = -1;
    private volatile Runnable hook;

    SubmissionLoad(URI target, int workers, long seed) {
        this.target = target;
        this.workers = workers;
        this.seed = seed;
        this.pool = Executors.newFixedThreadPool(workers);
    }

    /** Runs {@code action} once, in the worker that records the {@code n}-th acknowledgement. */
    SubmissionLoad onAcknowledged(int n, Runnable action) {
        this.hook = action;
        this.hookAt = n;
        return this;
    }

    SubmissionLoad start() {
        for (int i = 0; i < workers; i++) {
            pool.submit(this::work);
        }
        return this;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Failures by cause ({@code HTTP 503}, {@code ConnectException}), for a report. */
    Map<String, Long> failuresByCause() {
        Map<String, Long> copy = new TreeMap<>();
        failuresByCause.forEach((cause, count) -> copy.put(cause, count.get()));
        return copy;
    }

    /** Stops the workers and waits for the requests in flight (at most the request timeout). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        pool.shutdown();
        if (!pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    private void work() {
        while (running) {
            int n = sent.incrementAndGet();
            try {
                submit(n);
            } catch (IOException | RuntimeException e) {
                fail(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void submit(int n) throws IOException, InterruptedException {
        Random random = new Random(seed * 1_000_003L + n);
        String json = """
                {"serviceCode":"INC","centreId":"LSK-0001","district":"BALOD",
                 "applicant":{"name":"Power Cut Applicant %d","guardianName":"Ramesh Sahu","dateOfBirth":"2006-04-12",
                              "gender":"F","mobile":"9876543210","address":"Ward 4, Balod"},
                 "purpose":"College admission"}""".formatted(n);
        List<byte[]> documents = List.of(
                document("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 60_000 + random.nextInt(90_000), random),
                document(
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                        30_000 + random.nextInt(60_000),
                        random));
        String key = "powerloss-" + seed + "-" + n;
        String boundary = "sevasurge-" + seed + "-" + n;
        HttpRequest request = HttpRequest.newBuilder(target.resolve("/api/v1/applications"))
                .timeout(REQUEST_TIMEOUT)
                .header("Idempotency-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, json, documents)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            fail("HTTP " + response.statusCode());
            return;
        }
        JsonNode body = JSON.readTree(response.body());
        List<String> hashes = documents.stream().map(SubmissionLoad::sha256).toList();
        acknowledged.add(
                new Acknowledged(key, body.path("applicationNo").asText(), payloadSha256(json, hashes), hashes));
        if (acks.incrementAndGet() == hookAt) {
            hook.run();
        }
    }

    private static byte[] document(byte[] head, int size, Random random) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] multipart(String boundary, String json, List<byte[]> documents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "application", null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        String[] types = {"application/pdf", "image/jpeg"};
        for (int i = 0; i < documents.size(); i++) {
            part(body, boundary, "documents", "document-" + i, types[i], documents.get(i));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void part(
            ByteArrayOutputStream body,
            String boundary,
            String name,
            String filename,
            String contentType,
            byte[] bytes) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The service's payload hash: SHA-256 of a version line, the JSON part's hash and each document's. */
    static String payloadSha256(String json, List<String> documentHashes) {
        StringBuilder text = new StringBuilder("sevasurge-payload-v1\n")
                .append(sha256(json.getBytes(StandardCharsets.UTF_8)))
                .append('\n');
        documentHashes.forEach(hash -> text.append(hash).append('\n'));
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void fail(String cause) {
        failuresByCause.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
