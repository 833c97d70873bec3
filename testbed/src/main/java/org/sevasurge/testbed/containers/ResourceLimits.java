package org.sevasurge.testbed.containers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU and memory one container may use, enforced by Docker (CFS quota and the memory cgroup, swap included in
 * the memory figure): what "one instance" means in a run's results. Immutable.
 *
 * @param cpus        CPUs, e.g. {@code 1.0} or {@code 0.5} (Docker's {@code --cpus})
 * @param memoryBytes memory in bytes, swap included (Docker's {@code --memory} with {@code --memory-swap} equal)
 */
public record ResourceLimits(double cpus, long memoryBytes) {

    /** The smallest memory limit accepted: a JVM or PostgreSQL below it does not start reliably. */
    public static final long MIN_MEMORY_BYTES = 64L << 20;

    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([bkmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    public ResourceLimits {
        if (!(cpus > 0 && cpus <= 1024)) {
            throw new IllegalArgumentException("cpus must be above 0 and at most 1024, got " + cpus);
        }
        if (memoryBytes < MIN_MEMORY_BYTES) {
            throw new IllegalArgumentException("memory must be at least 64m, got " + memoryBytes + " bytes");
        }
    }

    /** Docker's {@code NanoCpus}. */
    public long nanoCpus() {
        return Math.round(cpus * 1e9);
    }

    /**
     * Parses a CPU count given as an option, e.g. {@code --service-cpus 1.5}.
     *
     * @throws IllegalArgumentException naming the option and the accepted values
     */
    public static double parseCpus(String option, String value) {
        try {
            double cpus = Double.parseDouble(value.trim());
            if (cpus > 0 && cpus <= 1024) {
                return cpus;
            }
        } catch (NumberFormatException e) {
            // Reported below with the accepted values.
        }
        throw new IllegalArgumentException(option + " '" + value + "': accepted values: a number of CPUs above 0,"
                + " e.g. 1 or 0.5 (Docker's --cpus)");
    }

    /**
     * Parses a size given as an option, Docker's way: a number with the unit {@code b}, {@code k}, {@code m} or
     * {@code g}, binary (1m = 1 MiB), e.g. {@code 768m}, {@code 1.5g}; {@code mb}, {@code MiB} are read alike.
     *
     * @param minimumBytes the smallest size accepted
     * @throws IllegalArgumentException naming the option and the accepted values
     */
    public static long parseBytes(String option, String value, long minimumBytes) {
        Matcher m = SIZE.matcher(value.trim());
        if (m.matches()) {
            int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
            if (bytes >= minimumBytes && bytes <= Long.MAX_VALUE / 2) {
                return (long) bytes;
            }
        }
        throw new IllegalArgumentException(option + " '" + value + "': accepted values: a size with the unit b, k, m"
                + " or g (binary: 1m = 1 MiB), e.g. 768m or 1g, at least " + format(minimumBytes));
    }

    /** A size the way {@link #parseBytes} reads it, e.g. {@code 768m}. */
    public static String format(long bytes) {
        for (String unit : new String[] {"g", "m", "k"}) {
            int shift = switch (unit) {
                case "g" -> 30;
                case "m" -> 20;
                default -> 10;
            };
            if (bytes >= (1L << shift) && bytes % (1L << shift) == 0) {
                return (bytes >> shift) + unit;
            }
        }
        return bytes + "b";
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s CPU, %s memory",
                cpus == Math.rint(cpus) ? String.valueOf((long) cpus) : String.valueOf(cpus),
                format(memoryBytes));
    }
}
