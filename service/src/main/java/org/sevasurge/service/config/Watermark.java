package org.sevasurge.service.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One disk watermark, written like Elasticsearch's: either a share of the volume in use
 * ({@code "90%"}) or an amount of space that must stay free ({@code "500MB"}, {@code "2GB"}).
 * Immutable.
 *
 * @param usedPercent breached when more than this share of the volume is in use; NaN when given as free bytes
 * @param freeBytes   breached when fewer bytes than this are free; -1 when given as a percentage
 */
public record Watermark(double usedPercent, long freeBytes) {

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Pattern BYTES = Pattern.compile("(\\d+)(B|KB|MB|GB|TB)?");

    public static Watermark percent(double usedPercent) {
        return new Watermark(usedPercent, -1);
    }

    public static Watermark freeBytes(long bytes) {
        return new Watermark(Double.NaN, bytes);
    }

    /**
     * Reads {@code "85%"} or {@code "512MB"}; throws {@link IllegalArgumentException} saying what is accepted.
     */
    public static Watermark parse(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        Matcher percent = PERCENT.matcher(value);
        if (percent.matches()) {
            double used = Double.parseDouble(percent.group(1));
            if (used <= 0 || used > 100) {
                throw new IllegalArgumentException(
                        "a percentage watermark must be above 0% and at most 100%, got " + text);
            }
            return percent(used);
        }
        Matcher bytes = BYTES.matcher(value);
        if (bytes.matches()) {
            return freeBytes(Long.parseLong(bytes.group(1)) * unit(bytes.group(2)));
        }
        throw new IllegalArgumentException(
                "a watermark is a share of the volume in use (e.g. 90%) or free space (e.g. 500MB, 2GB), got " + text);
    }

    private static long unit(String suffix) {
        if (suffix == null) {
            return 1;
        }
        return switch (suffix) {
            case "KB" -> 1L << 10;
            case "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            case "TB" -> 1L << 40;
            default -> 1;
        };
    }

    /** True when a volume of {@code totalBytes} with {@code usableBytes} free is past this watermark. */
    public boolean isBreached(long totalBytes, long usableBytes) {
        if (freeBytes >= 0) {
            return usableBytes < freeBytes;
        }
        if (totalBytes <= 0) {
            return false;
        }
        double used = 100.0 * (totalBytes - usableBytes) / totalBytes;
        return used > usedPercent;
    }

    @Override
    public String toString() {
        return freeBytes >= 0 ? freeBytes + " bytes free" : usedPercent + "% used";
    }
}
