package org.sevasurge.cli.injector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A service that is never the limit, so that a load run measures its injector: a real HTTP server (the JDK's) on a
 * free loopback port that reads every submission's body to the end and throws it away, then answers 201 with the
 * fields the submission journey reads ({@code applicationNo}, {@code payloadSha256}, {@code accessCode}). It also
 * answers {@code /metrics} (empty, as the recording scrapes it) and {@code /health/ready}. It counts the
 * submissions and body bytes it completed per epoch second: the achieved rate, seen from outside the injector.
 * Thread-safe; start once, close once.
 */
public final class FastSink implements AutoCloseable {
    static final String SUBMIT_PATH = "/api/v1/applications";
    private static final int DRAIN_BUFFER_BYTES = 64 * 1024;
    private static final int CREATED = 201;

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fast-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, LongAdder> submissionsBySecond = new ConcurrentHashMap<>();
    private final LongAdder bodyBytes = new LongAdder();
    private final AtomicLong applications = new AtomicLong();

    private FastSink(HttpServer server) {
        this.server = server;
        server.createContext(SUBMIT_PATH, this::submit);
        server.createContext("/metrics", exchange -> answer(exchange, 200, "text/plain", ""));
        server.createContext("/health/ready", exchange -> answer(exchange, 200, "application/json", "{}"));
        server.setExecutor(workers);
    }

    /** @return a sink listening on a free port of 127.0.0.1 */
    public static FastSink start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        FastSink sink = new FastSink(server);
        server.start();
        return sink;
    }

    /**
     * Sends submissions of {@code bodyBytes} to itself for {@code millis}, so that the first phase does not meet a
     * sink still being compiled by the JIT (which would make the injector's users pile up and look slow).
     */
    public void warmUp(long millis, int bodyBytes) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(baseUrl().resolve(SUBMIT_PATH))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bodyBytes]))
                .build();
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:41234} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void submit(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "application/json", "{\"error\":\"POST only\"}");
            return;
        }
        long bytes = drain(exchange.getRequestBody());
        long number = applications.incrementAndGet();
        answer(
                exchange,
                CREATED,
                "application/json",
                "{\"applicationNo\":\"SINK-" + number
                        + "\",\"payloadSha256\":\"sink-discards-bodies\",\"accessCode\":\"A" + number + "\"}");
        bodyBytes.add(bytes);
        submissionsBySecond
                .computeIfAbsent(System.currentTimeMillis() / 1000, second -> new LongAdder())
                .increment();
    }

    private static long drain(InputStream body) throws IOException {
        byte[] buffer = new byte[DRAIN_BUFFER_BYTES];
        long total = 0;
        try (body) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
            }
        }
        return total;
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * @param fromMillis epoch ms, rounded up to a whole second
     * @param toMillis   epoch ms, rounded down to a whole second
     * @return the submissions completed in the whole epoch seconds between the two
     */
    public long submissionsBetween(long fromMillis, long toMillis) {
        long first = (fromMillis + 999) / 1000;
        long end = toMillis / 1000;
        long sum = 0;
        for (long second = first; second < end; second++) {
            LongAdder count = submissionsBySecond.get(second);
            sum += count == null ? 0 : count.sum();
        }
        return sum;
    }

    /** @return all submissions completed so far */
    public long submissions() {
        return submissionsBySecond.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** @return all body bytes of completed submissions so far */
    public long bodyBytes() {
        return bodyBytes.sum();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
