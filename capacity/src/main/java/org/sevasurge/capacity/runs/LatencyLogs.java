package org.sevasurge.capacity.runs;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.sevasurge.capacity.BadInputException;

/**
 * Sums a request's HdrHistogram interval log over time ranges in one pass (a long run's intervals never sit in
 * memory together). An interval belongs to the range that holds its midpoint. Values in microseconds. Stateless.
 */
public final class LatencyLogs {
    /** Largest value the sums track, microseconds: the injector clamps to the same two minutes. */
    public static final long HIGHEST_TRACKABLE_MICROS = 120_000_000L;

    private LatencyLogs() {}

    /**
     * Successful and failed responses of one range, microseconds. The histograms hold the intervals whose midpoint
     * lies in the range (for percentiles); the weighted counts apportion every interval by its overlap with the
     * range (for rates: an interval stretched by a late flush must not shift a second's responses out of a window).
     */
    public static final class OkKo {
        private final Histogram ok = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
        private final Histogram ko = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
        private double okWeighted;
        private double koWeighted;

        /** @return an empty pair */
        public static OkKo empty() {
            return new OkKo();
        }

        /** @return the successful responses, microseconds */
        public Histogram ok() {
            return ok;
        }

        /** @return the failed responses, microseconds */
        public Histogram ko() {
            return ko;
        }

        /** @return successes apportioned to the range */
        public double okWeighted() {
            return okWeighted;
        }

        /** @return failures apportioned to the range */
        public double koWeighted() {
            return koWeighted;
        }

        /** @return responses, successful and failed */
        public long count() {
            return ok.getTotalCount() + ko.getTotalCount();
        }

        /** Adds another pair into this one (merging injectors, or ranges). */
        public void add(OkKo other) {
            ok.add(other.ok);
            ko.add(other.ko);
            okWeighted += other.okWeighted;
            koWeighted += other.koWeighted;
        }

        void add(Histogram interval, boolean failed, boolean byMidpoint, double weight) {
            if (byMidpoint) {
                (failed ? ko : ok).add(interval);
            }
            if (failed) {
                koWeighted += weight * interval.getTotalCount();
            } else {
                okWeighted += weight * interval.getTotalCount();
            }
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
                long start = interval.getStartTimeStamp();
                long end = interval.getEndTimeStamp();
                boolean failed = RunLayout.KO_TAG.equals(interval.getTag());
                for (int i = 0; i < ranges.size(); i++) {
                    TimeRange range = ranges.get(i);
                    double weight = range.overlap(start, end);
                    boolean byMidpoint = range.contains((start + end) / 2);
                    if (weight > 0 || byMidpoint) {
                        sums.get(i).add(histogram, failed, byMidpoint, weight);
                    }
                }
            }
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadInputException(
                    hlog + ": unreadable after " + intervals + " interval(s), the file is truncated"
                            + " or not an HdrHistogram log (" + e + ")",
                    e);
        } finally {
            reader.close();
        }
        return sums;
    }
}
