package org.sevasurge.capacity.merge;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.sevasurge.capacity.BadInputException;

/**
 * Merges HdrHistogram interval logs into one, streaming (one interval per input in memory): intervals are written in
 * order of their start time; intervals of several inputs with the same start, end and tag (injectors flushing in
 * step) are added into one, all others are kept as they are. No value is moved between intervals or buckets, so
 * any time range of the merged log sums to exactly what the inputs sum to. Stateless.
 */
public final class HistogramLogMerger {
    private HistogramLogMerger() {}

    /**
     * @param inputs      the logs (a missing one counts as empty)
     * @param shiftMillis added to every interval's timestamps of the input at the same position (aligning each
     *                    injector's run second 0), epoch milliseconds
     * @param output      the merged log, written anew
     * @param baseMillis  the merged log's start and base time, epoch milliseconds
     * @return intervals written
     */
    public static int merge(List<Path> inputs, List<Long> shiftMillis, Path output, long baseMillis) {
        List<Head> heads = new ArrayList<>();
        PriorityQueue<Head> queue =
                new PriorityQueue<>(Comparator.comparingLong((Head h) -> h.current.getStartTimeStamp())
                        .thenComparingLong(h -> h.current.getEndTimeStamp())
                        .thenComparing(h -> Objects.toString(h.current.getTag(), "")));
        int written = 0;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                if (Files.isRegularFile(inputs.get(i))) {
                    Head head = new Head(inputs.get(i), shiftMillis.get(i));
                    heads.add(head);
                    if (head.advance()) {
                        queue.add(head);
                    }
                }
            }
            HistogramLogWriter writer = writer(output, baseMillis);
            try {
                while (!queue.isEmpty()) {
                    Head first = queue.poll();
                    // Auto-resizing: the inputs may have been written with different ranges.
                    Histogram merged = new Histogram(first.current.getNumberOfSignificantValueDigits());
                    merged.add(first.current);
                    merged.setTag(first.current.getTag());
                    merged.setStartTimeStamp(first.current.getStartTimeStamp());
                    merged.setEndTimeStamp(first.current.getEndTimeStamp());
                    requeue(queue, first);
                    while (!queue.isEmpty() && sameInterval(queue.peek().current, merged)) {
                        Head same = queue.poll();
                        merged.add(same.current);
                        requeue(queue, same);
                    }
                    writer.outputIntervalHistogram(merged);
                    written++;
                }
            } finally {
                writer.close();
            }
        } finally {
            heads.forEach(Head::close);
        }
        return written;
    }

    private static void requeue(PriorityQueue<Head> queue, Head head) {
        if (head.advance()) {
            queue.add(head);
        }
    }

    private static boolean sameInterval(Histogram a, Histogram b) {
        return a.getStartTimeStamp() == b.getStartTimeStamp()
                && a.getEndTimeStamp() == b.getEndTimeStamp()
                && Objects.equals(a.getTag(), b.getTag());
    }

    private static HistogramLogWriter writer(Path output, long baseMillis) {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            HistogramLogWriter writer = new HistogramLogWriter(output.toFile());
            writer.outputComment("Seva Surge latency in microseconds, merged from several injectors");
            writer.outputLogFormatVersion();
            writer.outputStartTime(baseMillis);
            writer.outputBaseTime(baseMillis);
            writer.setBaseTime(baseMillis);
            writer.outputLegend();
            return writer;
        } catch (java.io.IOException e) {
            throw new BadInputException(output + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** The next interval of one input. Not thread-safe. */
    private static final class Head {
        private final Path file;
        private final long shift;
        private final HistogramLogReader reader;
        private Histogram current;
        private int read;

        Head(Path file, long shift) {
            this.file = file;
            this.shift = shift;
            try {
                this.reader = new HistogramLogReader(file.toFile());
            } catch (FileNotFoundException e) {
                throw new BadInputException(file + ": missing", e);
            }
        }

        boolean advance() {
            EncodableHistogram next;
            try {
                next = reader.nextIntervalHistogram();
            } catch (RuntimeException e) {
                throw new BadInputException(
                        file + ": unreadable after " + read + " interval(s), the file is truncated"
                                + " or not an HdrHistogram log (" + e + ")",
                        e);
            }
            if (next == null) {
                current = null;
                return false;
            }
            read++;
            if (!(next instanceof Histogram histogram)) {
                throw new BadInputException(file + " interval " + read + ": not an integer histogram");
            }
            histogram.setStartTimeStamp(histogram.getStartTimeStamp() + shift);
            histogram.setEndTimeStamp(histogram.getEndTimeStamp() + shift);
            current = histogram;
            return true;
        }

        void close() {
            reader.close();
        }
    }
}
