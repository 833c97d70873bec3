package org.sevasurge.service.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request body being received by {@link BodyReceiver}: reads what Jetty has, asks to be called back for more,
 * and when the last byte is in passes the request on with its body in memory. Its state changes under its own
 * lock, because Jetty's callback and the receiver's progress sweep may act on it at once.
 */
final class Reception {

    private static final Logger LOG = LoggerFactory.getLogger(Reception.class);
    private static final int FIRST_BUFFER_BYTES = 8 * 1024;

    private final BodyReceiver receiver;
    private final BodyReceiver.Exchange exchange;
    private final long maxBytes;
    private final long declaredLength;
    private final long startNanos = System.nanoTime();
    private byte[] body;
    private int length;
    private long reserved;
    private boolean open = true;

    Reception(BodyReceiver receiver, BodyReceiver.Exchange exchange, long maxBytes, long declaredLength) {
        this.receiver = receiver;
        this.exchange = exchange;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.body = new byte[(int) Math.min(maxBytes, declaredLength > 0 ? declaredLength : FIRST_BUFFER_BYTES)];
    }

    BodyReceiver.Exchange exchange() {
        return exchange;
    }

    /** Bytes of the shared buffer this reception holds. */
    synchronized long size() {
        return reserved;
    }

    /** Reads every chunk available now; called again by Jetty when more arrives. */
    void receive() {
        while (true) {
            Content.Chunk chunk;
            synchronized (this) {
                if (!open) {
                    return;
                }
                chunk = exchange.request().read();
                if (chunk == null) {
                    exchange.request().demand(this::receive);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                boolean appended = append(chunk.getByteBuffer());
                chunk.release();
                if (!appended) {
                    return;
                }
                if (!chunk.isLast()) {
                    continue;
                }
                open = false;
                if (length < declaredLength
                        || !exchange.request()
                                .getConnectionMetaData()
                                .getConnection()
                                .getEndPoint()
                                .isOpen()) {
                    // The stream ended short of its Content-Length, or the connection closed as the last bytes
                    // came: the client hung up; the application must not answer a request nobody waits for (Jetty
                    // would log its failed answer as an error with a stack trace).
                    failed(new EofException(length + " of " + declaredLength + " body bytes before the end"));
                    return;
                }
            }
            receiver.dispatch(this, new BufferedRequest(exchange.request(), ByteBuffer.wrap(body, 0, length)));
            return;
        }
    }

    /** Refuses the body if it is too slow for the receiver's limits at {@code nowNanos}. */
    synchronized void checkProgress(long nowNanos) {
        if (!open) {
            return;
        }
        var limits = receiver.limits();
        long elapsedNanos = nowNanos - startNanos;
        boolean pastDeadline = elapsedNanos > limits.deadline().toNanos();
        boolean tooSlow = elapsedNanos > limits.grace().toNanos()
                && length < limits.minBytesPerSecond() * elapsedNanos / 1_000_000_000L;
        if (pastDeadline || tooSlow) {
            refuse(
                    BodyReceiver.Refusal.TOO_SLOW,
                    Problem.of(
                            "/problems/request-timeout",
                            "Request body too slow",
                            408,
                            (pastDeadline
                                            ? "the body did not arrive within "
                                                    + limits.deadline().toSeconds() + " s"
                                            : "the body arrived slower than " + limits.minBytesPerSecond() + " bytes/s")
                                    + " (" + length + " bytes in " + elapsedNanos / 1_000_000 + " ms); send it again"),
                    null);
        }
    }

    private boolean append(ByteBuffer bytes) {
        int n = bytes.remaining();
        if ((long) length + n > maxBytes) {
            refuse(BodyReceiver.Refusal.TOO_LARGE, BodyReceiver.tooLargeProblem(maxBytes), null);
            return false;
        }
        if (length + n > body.length) {
            body = Arrays.copyOf(body, (int) Math.min(maxBytes, Math.max(length + n, 2L * body.length)));
        }
        if (length + n > reserved) {
            long more = body.length - reserved;
            if (!receiver.reserve(more)) {
                refuse(
                        BodyReceiver.Refusal.BUFFER_FULL,
                        Problem.of(
                                "/problems/overloaded",
                                "The service is overloaded",
                                503,
                                "too many request bodies are arriving at once;" + " retry after the pause"),
                        1);
                return false;
            }
            reserved += more;
        }
        bytes.get(body, length, n);
        length += n;
        return true;
    }

    private void failed(Throwable failure) {
        open = false;
        receiver.abandon(this, BodyReceiver.Refusal.CLIENT_CLOSED);
        // A hang-up is the client's business, not a service failure: no answer can reach it, no stack trace.
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {}: the client hung up after {} body bytes ({})",
                    exchange.request().getMethod(),
                    exchange.request().getHttpURI().getPath(),
                    length,
                    failure.toString());
        }
        exchange.callback().failed(failure instanceof EofException ? failure : new EofException(failure));
    }

    private void refuse(BodyReceiver.Refusal refusal, Problem problem, Integer retryAfterSeconds) {
        open = false;
        receiver.abandon(this, refusal);
        body = null;
        BodyReceiver.RawProblem.write(exchange, problem, retryAfterSeconds);
    }

    /** The request as the application sees it: the same, with its body served from memory. */
    private static final class BufferedRequest extends Request.Wrapper {
        private final ByteBufferContentSource content;
        private final long length;

        BufferedRequest(Request request, ByteBuffer body) {
            super(request);
            this.length = body.remaining();
            this.content = new ByteBufferContentSource(body);
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }

        @Override
        public boolean consumeAvailable() {
            while (true) {
                Content.Chunk chunk = content.read();
                if (chunk == null || chunk.isLast()) {
                    return true;
                }
            }
        }
    }
}
