package org.sevasurge.capacity.compare;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * A request's successful responses cut into consecutive chunks of time (within given ranges) and a percentile per
 * chunk, keyed by the chunk's place in the plan (range index and chunk number), so the chunks of two runs of one
 * plan pair up by the load they were offered: the samples a rank test compares, so a change is judged on the run's
 * spread, not on two single numbers. Streams the log (one chunk in memory). Stateless.
 */
public final class ChunkPercentiles {
    /** A chunk with fewer successes than this is dropped (its percentiles would be its maximum). */
    public static final int MIN_CHUNK_COUNT = 40;

    private ChunkPercentiles() {}

    /**
     * Per-chunk percentiles and the whole of the ranges. Immutable.
     *
     * @param p95   each chunk's p95, ms, by its key (range index x 1,000,000 + chunk number)
     * @param p99   each chunk's p99, ms, likewise
     * @param whole every success in the ranges, microseconds
     */
    public record Chunks(SortedMap<Long, Double> p95, SortedMap<Long, Double> p99, Histogram whole) {}

    /**
     * @param hlog         the request's latency log
     * @param ranges       the ranges to take (epoch ms), in time order, not overlapping
     * @param chunkSeconds each chunk's length
     * @return the chunks' percentiles
     */
    public static Chunks of(Path hlog, List<TimeRange> ranges, double chunkSeconds) {
        SortedMap<Long, Double> p95 = new TreeMap<>();
        SortedMap<Long, Double> p99 = new TreeMap<>();
        Histogram whole = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        if (!Files.isRegularFile(hlog)) {
            return new Chunks(p95, p99, whole);
        }
        long chunkMillis = Math.max(1000, Math.round(chunkSeconds * 1000));
        Histogram chunk = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        long chunkKey = Long.MIN_VALUE;
        HistogramLogReader reader;
        try {
            reader = new HistogramLogReader(hlog.toFile());
        } catch (FileNotFoundException e) {
            throw new BadInputException(hlog + ": missing", e);
        }
        int read = 0;
        try {
            EncodableHistogram next;
            while ((next = reader.nextIntervalHistogram()) != null) {
                read++;
                if (RunLayout.KO_TAG.equals(next.getTag()) || !(next instanceof Histogram interval)) {
                    continue;
                }
                long mid = (interval.getStartTimeStamp() + interval.getEndTimeStamp()) / 2;
                int rangeIndex = indexOf(ranges, mid);
                if (rangeIndex < 0) {
                    continue;
                }
                long key =
                        rangeIndex * 1_000_000L + (mid - ranges.get(rangeIndex).fromMillis()) / chunkMillis;
                if (key != chunkKey) {
                    close(chunkKey, chunk, p95, p99);
                    chunk.reset();
                    chunkKey = key;
                }
                chunk.add(interval);
                whole.add(interval);
            }
        } catch (RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(
                    hlog + ": unreadable after " + read + " interval(s), the file is truncated or"
                            + " not an HdrHistogram log (" + e + ")",
                    e);
        } finally {
            reader.close();
        }
        close(chunkKey, chunk, p95, p99);
        return new Chunks(p95, p99, whole);
    }

    private static void close(long key, Histogram chunk, SortedMap<Long, Double> p95, SortedMap<Long, Double> p99) {
        if (chunk.getTotalCount() >= MIN_CHUNK_COUNT) {
            p95.put(key, chunk.getValueAtPercentile(95) / 1000.0);
            p99.put(key, chunk.getValueAtPercentile(99) / 1000.0);
        }
    }

    private static int indexOf(List<TimeRange> ranges, long millis) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(millis)) {
                return i;
            }
        }
        return -1;
    }
}
