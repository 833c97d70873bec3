package org.sevasurge.simulations.recording;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * The latency of one named request: successful and failed responses in two HdrHistogram {@link Recorder}s,
 * in <b>microseconds</b>. {@link #record} is wait-free and allocation-free, safe from any number of threads;
 * the interval logic ({@link #flush}) runs on the recorder's single background thread.
 */
public final class RequestLatency {
    /**
     * Largest latency tracked, microseconds (two minutes, four times Gatling's request timeout); longer samples
     * are clamped to it. A tighter range keeps the per-second interval work (reset, add, encode) small.
     */
    public static final long HIGHEST_TRACKABLE_MICROS = 120_000_000L;
    /** Tag of the intervals that hold failed responses in the .hlog (successful ones are untagged). */
    public static final String KO_TAG = org.sevasurge.capacity.runs.RunLayout.KO_TAG;

    private static final int SIGNIFICANT_DIGITS = 3;

    private final String name;
    private final Recorder ok = new Recorder(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    private final Recorder ko = new Recorder(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    private final Histogram totalOk = new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    private final Histogram totalKo = new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    private Histogram intervalOk;
    private Histogram intervalKo;

    RequestLatency(String name) {
        this.name = name;
    }

    /** @return the request's name */
    public String name() {
        return name;
    }

    /**
     * Records one response.
     *
     * @param micros latency in microseconds (negative values count as 0, huge ones are clamped)
     * @param success whether the response was the expected one
     */
    public void record(long micros, boolean success) {
        long value = Math.max(0, Math.min(HIGHEST_TRACKABLE_MICROS, micros));
        (success ? ok : ko).recordValue(value);
    }

    /** Writes the interval since the last flush; called by one thread only. */
    void flush(HistogramLogWriter writer) {
        intervalOk = ok.getIntervalHistogram(intervalOk);
        intervalKo = ko.getIntervalHistogram(intervalKo);
        totalOk.add(intervalOk);
        totalKo.add(intervalKo);
        // Empty successful intervals are written too, so the log is a complete per-second timeline.
        writer.outputIntervalHistogram(intervalOk);
        if (intervalKo.getTotalCount() > 0) {
            intervalKo.setTag(KO_TAG);
            writer.outputIntervalHistogram(intervalKo);
        }
    }

    /** @return a copy of all successful responses flushed so far, microseconds */
    synchronized Histogram totalOk() {
        return totalOk.copy();
    }

    /** @return a copy of all failed responses flushed so far, microseconds */
    synchronized Histogram totalKo() {
        return totalKo.copy();
    }
}
