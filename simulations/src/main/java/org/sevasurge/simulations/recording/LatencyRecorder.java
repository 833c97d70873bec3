package org.sevasurge.simulations.recording;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Per-request HdrHistogram interval logs: {@code <dir>/<request>.hlog}, one interval a flush (once a second),
 * values in <b>microseconds</b>, successful responses untagged and failed ones tagged {@code KO}. Readable with
 * {@link org.HdrHistogram.HistogramLogReader}; logs of several injectors merge exactly.
 *
 * <p>Thread-safety: {@link RequestLatency#record} from any thread; {@link #flush} and {@link #close} from one
 * thread at a time (they synchronise on this recorder).
 */
public final class LatencyRecorder implements AutoCloseable {
    private final Map<String, RequestLatency> requests = new LinkedHashMap<>();
    private final Map<String, HistogramLogWriter> writers = new LinkedHashMap<>();
    private boolean closed;

    /**
     * @param dir         folder of the .hlog files (must exist)
     * @param names       the request names, each becoming {@code <name>.hlog}
     * @param startMillis epoch milliseconds of the run's start, the logs' start and base time
     */
    public LatencyRecorder(Path dir, Collection<String> names, long startMillis) {
        for (String name : names) {
            try {
                HistogramLogWriter writer =
                        new HistogramLogWriter(dir.resolve(name + ".hlog").toFile());
                writer.outputComment("Seva Surge latency of request '" + name + "' in microseconds;"
                        + " untagged intervals: successful responses, tag=" + RequestLatency.KO_TAG + ": failed ones");
                writer.outputLogFormatVersion();
                writer.outputStartTime(startMillis);
                writer.outputBaseTime(startMillis);
                writer.setBaseTime(startMillis);
                writer.outputLegend();
                writers.put(name, writer);
                requests.put(name, new RequestLatency(name));
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException("cannot write " + dir.resolve(name + ".hlog"), e);
            }
        }
    }

    /** @return the handle of request {@code name}; keep it, looking it up per sample is not needed */
    public RequestLatency request(String name) {
        RequestLatency latency = requests.get(name);
        if (latency == null) {
            throw new IllegalArgumentException("no latency log for request " + name + "; known: " + requests.keySet());
        }
        return latency;
    }

    /** Writes one interval per request (called once a second). */
    public synchronized void flush() {
        if (closed) {
            return;
        }
        requests.forEach((name, latency) -> {
            synchronized (latency) {
                latency.flush(writers.get(name));
            }
        });
    }

    /** @return all successful responses of {@code name} so far, microseconds (a copy) */
    public Histogram successes(String name) {
        return request(name).totalOk();
    }

    /** @return all failed responses of {@code name} so far, microseconds (a copy) */
    public Histogram failures(String name) {
        return request(name).totalKo();
    }

    /** @return the request names, in order */
    public Collection<String> names() {
        return requests.keySet();
    }

    /** Flushes the last interval and closes the logs. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        writers.values().forEach(HistogramLogWriter::close);
    }
}
