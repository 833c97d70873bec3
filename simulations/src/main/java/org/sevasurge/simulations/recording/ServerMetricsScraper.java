package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Scrapes the service's {@code /metrics} (Prometheus text) and appends one JSON line to
 * {@code server-metrics.jsonl}: {@code t} (epoch ms), {@code processCpuUsage} (share of the machine),
 * {@code cpuCount}, {@code heapUsedBytes}, {@code poolActive}, {@code inFlight}, {@code storageFreeBytes} and
 * {@code storageTotalBytes} per volume, {@code documentBytesWritten}, {@code databaseSizeBytes}, {@code waiting}
 * (requests queued for an admission permit), {@code heapMaxBytes}, {@code requestCpu} (per route, the requests
 * measured and their handling threads' CPU seconds since the service started: {@code {"GET /x": {"requests": 12,
 * "seconds": 0.03}}}); or {@code t} and {@code error} when
 * the scrape fails (a crashed or overloaded service is data too). Called once a second by one thread; not
 * thread-safe.
 */
public final class ServerMetricsScraper implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofMillis(900);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final HttpRequest request;
    private final JsonLines out;
    private int failures;

    /** @param target the service's base URL; @param file the JSON-lines file */
    public ServerMetricsScraper(URI target, Path file) {
        this.request = HttpRequest.newBuilder(target.resolve("/metrics"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        this.out = new JsonLines(file);
    }

    /** Scrapes once and writes one line. */
    public void scrape() {
        ObjectNode line = out.line();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            ServerSample sample = ServerSample.parse(response.body());
            put(line, "processCpuUsage", sample.processCpuUsage());
            put(line, "heapUsedBytes", sample.heapUsedBytes());
            put(line, "poolActive", sample.poolActive());
            put(line, "inFlight", sample.inFlight());
            put(line, "cpuCount", sample.cpuCount());
            put(line, "documentBytesWritten", sample.documentBytesWritten());
            put(line, "databaseSizeBytes", sample.databaseSizeBytes());
            put(line, "processCpuSeconds", sample.processCpuSeconds());
            put(line, "passwordChecks", sample.passwordChecks());
            put(line, "passwordCheckSeconds", sample.passwordCheckSeconds());
            put(line, "waiting", sample.waiting());
            put(line, "heapMaxBytes", sample.heapMaxBytes());
            ObjectNode storage = line.putObject("storageFreeBytes");
            sample.storageFreeBytes().forEach((volume, bytes) -> storage.put(volume, bytes.longValue()));
            ObjectNode total = line.putObject("storageTotalBytes");
            sample.storageTotalBytes().forEach((volume, bytes) -> total.put(volume, bytes.longValue()));
            ObjectNode cpu = line.putObject("requestCpu");
            sample.requestCpu().forEach((route, used) -> {
                ObjectNode node = cpu.putObject(route);
                put(node, "requests", used.requests());
                put(node, "seconds", used.seconds());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            failures++;
            line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.write(line);
    }

    /** @return scrapes that failed so far */
    public int failures() {
        return failures;
    }

    private static void put(ObjectNode line, String key, double value) {
        if (Double.isNaN(value)) {
            line.putNull(key);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            line.put(key, (long) value);
        } else {
            line.put(key, value);
        }
    }

    @Override
    public void close() {
        out.close();
    }
}
