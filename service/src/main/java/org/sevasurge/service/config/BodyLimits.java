package org.sevasurge.service.config;

import java.time.Duration;

/**
 * How request bodies are received: in full, before the request takes an admission permit or a thread, and in
 * time. Immutable.
 *
 * @param minBytesPerSecond the average rate a body must keep up once {@code grace} has passed since its headers
 * @param grace             how long a body may take to get going (a first chunk, a mobile link waking up)
 * @param deadline          the longest any body may take, whatever its rate
 * @param bufferBytes       the memory all bodies being received may hold together; beyond it a fast 503
 */
public record BodyLimits(long minBytesPerSecond, Duration grace, Duration deadline, long bufferBytes) {

    /** 1 KiB/s after 2 s, at most 5 minutes, 96 MiB in all. */
    public static BodyLimits defaults() {
        return new BodyLimits(1024, Duration.ofSeconds(2), Duration.ofMinutes(5), 96L * 1024 * 1024);
    }

    public BodyLimits withMinBytesPerSecond(long rate) {
        return new BodyLimits(rate, grace, deadline, bufferBytes);
    }

    public BodyLimits withDeadline(Duration newDeadline) {
        return new BodyLimits(minBytesPerSecond, grace, newDeadline, bufferBytes);
    }

    public BodyLimits withBufferBytes(long bytes) {
        return new BodyLimits(minBytesPerSecond, grace, deadline, bytes);
    }
}
