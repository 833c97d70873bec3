package org.sevasurge.capacity.runway;

/**
 * The storage guard's watermarks as shares of a volume in use: low (a warning), high, flood (submissions refused
 * with 507). The service's defaults are 85 %, 90 % and 95 %. Immutable.
 *
 * @param low   0..1
 * @param high  low..1
 * @param flood high..1
 */
public record Watermarks(double low, double high, double flood) {
    /** The reference service's defaults. */
    public static final Watermarks SERVICE_DEFAULTS = new Watermarks(0.85, 0.90, 0.95);

    public Watermarks {
        if (!(low > 0 && low <= high && high <= flood && flood <= 1)) {
            throw new IllegalArgumentException(
                    "watermarks must rise within (0, 100 %]: low " + low + ", high " + high + ", flood " + flood);
        }
    }

    /** @return the share of {@code level} */
    public double share(Level level) {
        return switch (level) {
            case LOW -> low;
            case HIGH -> high;
            case FLOOD -> flood;
        };
    }

    /** A watermark. */
    public enum Level {
        /** a warning */
        LOW,
        /** the last warning */
        HIGH,
        /** submissions refused */
        FLOOD
    }
}
