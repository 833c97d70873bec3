package org.sevasurge.benchmarks.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.runs.FourThreadThroughputRun;
import org.sevasurge.service.external.ExternalServices;
import org.sevasurge.service.external.IdentityCheck;

/*
 * What: the eKYC identity check a submission makes before it writes anything (IdentityCheck.verify): the JSON
 * request, DependencyClient's bulkhead, circuit breaker and call timer, the JDK HTTP client over a kept-alive
 * loopback connection, and the answer parsed, from 4 threads as the service's request threads make it. The other
 * side is a stub (the JDK's HttpServer on a free loopback port, 2 threads) that reads the request and answers a
 * fixed match at once, so the score is the client's cost plus a small, fixed server cost in the same JVM.
 *
 * Why: an application's life makes about five such calls (eKYC and payment while submitting, the outbox's SMS
 * and DigiLocker push, land records for a residence certificate), every one through DependencyClient. Its HTTP
 * client once handed each step of an exchange to a pool thread; running them on the client's own selector
 * thread cut the CPU per call by about a quarter (service README, "The external services' client without
 * hand-offs"). This keeps that path measured: a change that brings the hand-offs back, or adds work per call,
 * shows here as fewer calls per second on 2 cores. The JDK's client and server take about 12 s of calls to compile
 * (1,000 calls/s in the first second, a plateau near 12,000 after it), hence the longer warm-up.
 */
@Warmup(iterations = 8, time = 2)
public class IdentityCheckCallBenchmark extends FourThreadThroughputRun {

    private static final byte[] MATCH =
            "{\"match\":true,\"referenceId\":\"EKYC-BENCH-0001\"}".getBytes(StandardCharsets.US_ASCII);

    private HttpServer stub;
    private ExecutorService stubThreads;
    private IdentityCheck identityCheck;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // The JDK's server writes an answer's headers and body apart and leaves Nagle's algorithm on, so each answer
        // would wait out the client's delayed ACK (about 40 ms on Linux): the score would be that timer, not the
        // client. Read once, when the server's first class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        stub.createContext("/ekyc/v1/verify", IdentityCheckCallBenchmark::answerMatch);
        stubThreads = Executors.newFixedThreadPool(2);
        stub.setExecutor(stubThreads);
        stub.start();
        URI base = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/");
        ExternalServices services =
                ExternalServices.at(Optional.of(base), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        identityCheck = new IdentityCheck(services);
        if (verify().isEmpty()) {
            throw new IllegalStateException(
                    "the stub's eKYC answer carried no reference: the benchmark measures nothing");
        }
    }

    @Benchmark
    public Optional<String> verify() {
        return identityCheck.verify("Asha Verma", "2008-04-17", "9876543210");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        stub.stop(0);
        stubThreads.shutdownNow();
    }

    private static void answerMatch(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, MATCH.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(MATCH);
        }
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include IdentityCheckCallBenchmark
 *   java -jar benchmarks/target/benchmarks.jar IdentityCheckCallBenchmark -prof gc
 */
