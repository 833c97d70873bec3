package org.sevasurge.service.config;

/**
 * The three storage-guard thresholds: {@code low} warns, {@code high} marks the service degraded,
 * {@code flood} stops new submissions (507) until space comes back. Immutable.
 */
public record Watermarks(Watermark low, Watermark high, Watermark flood) {

    /** 85 % / 90 % / 95 % in use, as Elasticsearch does by default. */
    public static Watermarks defaults() {
        return new Watermarks(Watermark.percent(85), Watermark.percent(90), Watermark.percent(95));
    }

    public Watermarks withLow(Watermark w) {
        return new Watermarks(w, high, flood);
    }

    public Watermarks withHigh(Watermark w) {
        return new Watermarks(low, w, flood);
    }

    public Watermarks withFlood(Watermark w) {
        return new Watermarks(low, high, w);
    }
}
