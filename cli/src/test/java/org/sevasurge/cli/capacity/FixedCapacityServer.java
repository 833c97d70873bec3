package org.sevasurge.cli.capacity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server of known capacity for testing the search: {@code workers} threads, each request holding one for
 * {@code serviceMillis}; beyond {@code workers / serviceMillis} requests a second they queue without bound, so
 * latency grows without bound too. Listens on a free loopback port. Close it to stop.
 */
final class FixedCapacityServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;

    FixedCapacityServer(int workers, long serviceMillis) throws IOException {
        this.workers = Executors.newFixedThreadPool(workers);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(this.workers);
        byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
        server.createContext("/work", exchange -> {
            try {
                Thread.sleep(serviceMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // The search checks the target before any load, as it would a certificate service.
        server.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
