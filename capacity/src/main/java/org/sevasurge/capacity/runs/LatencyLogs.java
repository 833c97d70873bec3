package org.sevasurge.capacity.runs;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.sevasurge.capacity.BadInputException;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums a request's HdrHistogram interval log over time ranges in one pass (a long run's intervals never sit in
 * memory together). An interval belongs to the range that holds its midpoint. Values in microseconds. Stateless.
 */
public final class LatencyLogs {
    /** Largest value the sums track, microseconds: the injector clamps to the same two minutes. */
    public static final long HIGHEST_TRACKABLE_MICROS = 120_000_000L;

    private LatencyLogs() {
    }

    /** Successful and failed responses of one range, microseconds. */
    public record OkKo(Histogram ok, Histogram ko) {
        /** @return an empty pair */
        public static OkKo empty() {
            return new OkKo(new Histogram(HIGHEST_TRACKABLE_MICROS, 3), new Histogram(HIGHEST_TRACKABLE_MICROS, 3));
        }

        /** @return responses, successful and failed */
        public long count() {
            return ok.getTotalCount() + ko.getTotalCount();
        }

        /** Adds another pair into this one (merging injectors, or ranges). */
        public void add(OkKo other) {
            ok.add(other.ok);
            ko.add(other.ko);
        }
    }

    /**
     * @param hlog   the log
     * @param ranges the ranges, epoch milliseconds
     * @return one pair per range, in order; a missing log counts as empty
     */
    public static List<OkKo> sum(Path hlog, List<TimeRange> ranges) {
        List<OkKo> sums = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            sums.add(OkKo.empty());
        }
        if (!hlog.toFile().isFile()) {
            return sums;
        }
        HistogramLogReader reader;
        try {
            reader = new HistogramLogReader(hlog.toFile());
        } catch (FileNotFoundException e) {
            return sums;
        }
        int intervals = 0;
        try {
            EncodableHistogram interval;
            while ((interval = reader.nextIntervalHistogram()) != null) {
                intervals++;
                if (!(interval instanceof Histogram histogram)) {
                    throw new BadInputException(hlog + " interval " + intervals + ": not an integer histogram");
                }
                long mid = (interval.getStartTimeStamp() + interval.getEndTimeStamp()) / 2;
                for (int i = 0; i < ranges.size(); i++) {
                    if (ranges.get(i).contains(mid)) {
                        OkKo sum = sums.get(i);
                        (RunLayout.KO_TAG.equals(interval.getTag()) ? sum.ko() : sum.ok()).add(histogram);
                    }
                }
            }
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadInputException(hlog + ": unreadable after " + intervals + " interval(s), the file is truncated"
                    + " or not an HdrHistogram log (" + e + ")", e);
        } finally {
            reader.close();
        }
        return sums;
    }
}
