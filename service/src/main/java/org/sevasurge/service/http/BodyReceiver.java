package org.sevasurge.service.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.sevasurge.service.config.BodyLimits;

/**
 * Receives every request body in full, without a thread, before the request goes on to the application (and so
 * before it takes an admission permit): Jetty calls back as bytes arrive, and nothing waits in between. A body
 * that does not keep up an average of {@link BodyLimits#minBytesPerSecond()} after its grace period, or is not
 * complete by the deadline, is refused with {@code 408} and its connection closed; a body larger than its route
 * accepts gets {@code 413}; when the bodies being received would take more memory than
 * {@link BodyLimits#bufferBytes()}, {@code 503}. A client that hangs up mid-body is counted in
 * {@code sevasurge_requests_client_closed_total} and logged at debug level, not answered. This is what keeps a
 * trickle of slow bodies (a slowloris on the body) from holding the permits and threads that status reads need.
 * Thread-safe.
 */
public final class BodyReceiver extends Handler.Wrapper {

    /** The largest JSON body (login, field report, decision). */
    public static final long MAX_JSON_BYTES = 64 * 1024;

    private static final long SWEEP_MILLIS = 200;

    private final BodyLimits limits;
    private final long maxMultipartBytes;
    private final RefusalWindow window;
    private final AtomicLong bufferedBytes = new AtomicLong();
    private final Set<Reception> receiving = ConcurrentHashMap.newKeySet();
    private final Counter tooSlow;
    private final Counter tooLarge;
    private final Counter bufferFull;
    private final Counter clientClosed;
    private volatile Scheduler.Task sweep;

    public BodyReceiver(BodyLimits limits, long maxMultipartBytes, RefusalWindow window, MeterRegistry registry) {
        this.limits = limits;
        this.maxMultipartBytes = maxMultipartBytes;
        this.window = window;
        this.tooSlow = refusals(registry, "too_slow");
        this.tooLarge = refusals(registry, "too_large");
        this.bufferFull = refusals(registry, "buffer_full");
        this.clientClosed = Counter.builder("sevasurge.requests.client.closed")
                .tag("phase", "body")
                .description("requests whose client hung up before its body was complete")
                .register(registry);
        Gauge.builder("sevasurge.request.bodies.receiving", receiving, Set::size)
                .description("request bodies being received, not yet passed on")
                .register(registry);
        Gauge.builder("sevasurge.request.bodies.buffered", bufferedBytes, AtomicLong::get)
                .baseUnit("bytes")
                .description("memory held by request bodies being received or served")
                .register(registry);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Scheduler scheduler = getServer().getScheduler();
        sweep = scheduler.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task task = sweep;
        if (task != null) {
            task.cancel();
        }
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        long max = contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)
                ? maxMultipartBytes
                : MAX_JSON_BYTES;
        if (declared > max) {
            tooLarge.increment();
            RawProblem.write(new Exchange(request, response, callback), tooLargeProblem(max), null);
            return true;
        }
        Reception reception = new Reception(this, new Exchange(request, response, callback), max, declared);
        receiving.add(reception);
        reception.receive();
        return true;
    }

    /** Called by a reception once its body is complete: passes the request on with the body in memory. */
    void dispatch(Reception reception, Request buffered) {
        receiving.remove(reception);
        Exchange exchange = reception.exchange();
        Callback release = Callback.from(exchange.callback(), () -> bufferedBytes.addAndGet(-reception.size()));
        try {
            if (!super.handle(buffered, exchange.response(), release)) {
                release.failed(new IllegalStateException("no handler took " + buffered.getHttpURI()));
            }
        } catch (Throwable x) {
            release.failed(x);
        }
    }

    /** Takes {@code bytes} more of the shared buffer; false when that would exceed it. */
    boolean reserve(long bytes) {
        long held;
        do {
            held = bufferedBytes.get();
            if (held + bytes > limits.bufferBytes()) {
                return false;
            }
        } while (!bufferedBytes.compareAndSet(held, held + bytes));
        return true;
    }

    /** Ends a reception that will not be passed on, giving back its share of the buffer. */
    void abandon(Reception reception, Refusal refusal) {
        receiving.remove(reception);
        bufferedBytes.addAndGet(-reception.size());
        switch (refusal) {
            case TOO_SLOW -> tooSlow.increment();
            case TOO_LARGE -> tooLarge.increment();
            case BUFFER_FULL -> {
                bufferFull.increment();
                window.refused();
            }
            case CLIENT_CLOSED -> clientClosed.increment();
        }
    }

    BodyLimits limits() {
        return limits;
    }

    static Problem tooLargeProblem(long max) {
        return Problem.of(
                "/problems/too-large",
                "Payload too large",
                413,
                "the request body is larger than this route accepts (" + max + " bytes)");
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (Reception reception : receiving) {
                reception.checkProgress(now);
            }
        } finally {
            if (isRunning()) {
                sweep = getServer().getScheduler().schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static Counter refusals(MeterRegistry registry, String reason) {
        return Counter.builder("sevasurge.request.bodies.refused")
                .tag("reason", reason)
                .description("request bodies refused before the application saw them: too_slow (408),"
                        + " too_large (413), buffer_full (503)")
                .register(registry);
    }

    /** What Jetty hands a handler for one request: the request, its response, and the callback that ends both. */
    record Exchange(Request request, Response response, Callback callback) {}

    /** Why a reception ended without passing its request on. */
    enum Refusal {
        TOO_SLOW,
        TOO_LARGE,
        BUFFER_FULL,
        CLIENT_CLOSED
    }

    /** Writes problems straight to a Jetty response, outside Javalin. */
    static final class RawProblem {
        private RawProblem() {}

        static void write(Exchange exchange, Problem problem, Integer retryAfterSeconds) {
            Response response = exchange.response();
            response.setStatus(problem.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
            // The rest of the body is not read: the connection cannot carry another request.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            if (retryAfterSeconds != null) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            }
            response.write(true, ByteBuffer.wrap(Json.bytes(problem)), exchange.callback());
        }
    }
}
