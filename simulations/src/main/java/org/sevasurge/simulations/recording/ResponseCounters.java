package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts responses per request and HTTP status per second into {@code responses.jsonl}: {@code t} (epoch ms at the
 * end of the second), {@code ms}, and {@code status: {request: {code: count}}}; status {@code 0} is a request that
 * got no response. {@link #count} is thread-safe (a map lookup and a {@link LongAdder}); {@link #flush} runs on
 * the recorder's one thread.
 */
public final class ResponseCounters implements AutoCloseable {
    private final Map<String, Map<Integer, LongAdder>> counts = new LinkedHashMap<>();
    private final JsonLines out;

    /** @param requests the request names of the run; @param file the JSON-lines file */
    public ResponseCounters(Collection<String> requests, Path file) {
        requests.forEach(request -> counts.put(request, new ConcurrentHashMap<>()));
        this.out = new JsonLines(file);
    }

    /** Counts one response of {@code request} with {@code status} (0: none). */
    public void count(String request, int status) {
        Map<Integer, LongAdder> byStatus = counts.get(request);
        if (byStatus == null) {
            throw new IllegalArgumentException("request " + request + " is not in this run: " + counts.keySet());
        }
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** Writes the counts since the last flush (requests without responses are left out) and resets them. */
    public synchronized void flush() {
        ObjectNode line = out.intervalLine();
        ObjectNode status = line.putObject("status");
        counts.forEach((request, byStatus) -> {
            ObjectNode codes = null;
            for (var entry : byStatus.entrySet()) {
                long count = entry.getValue().sumThenReset();
                if (count > 0) {
                    codes = codes == null ? status.putObject(request) : codes;
                    codes.put(String.valueOf(entry.getKey()), count);
                }
            }
        });
        out.write(line);
    }

    @Override
    public synchronized void close() {
        out.close();
    }
}
