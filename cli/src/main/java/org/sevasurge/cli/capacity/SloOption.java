package org.sevasurge.cli.capacity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --slo 'p95=50ms,p99=100ms,errors=0.1%'}: an SLO written on the command line. Every part is required;
 * latencies in milliseconds ({@code ms} or {@code s} suffix), errors in percent. Immutable.
 *
 * @param p95Millis       95th percentile limit, ms
 * @param p99Millis       99th percentile limit, ms
 * @param maxErrorPercent largest error share, percent
 */
record SloOption(int p95Millis, int p99Millis, double maxErrorPercent) {
    static final String FORMAT = "p95=<time>,p99=<time>,errors=<percent>, e.g. 'p95=50ms,p99=100ms,errors=0.1%'";
    private static final Pattern PART = Pattern.compile("(p95|p99|errors)=([0-9]+(?:\\.[0-9]+)?)(ms|s|%)?");

    /** @return the SLO in {@code text}; an {@link IllegalArgumentException} saying what is wrong otherwise */
    static SloOption parse(String text) {
        Integer p95 = null;
        Integer p99 = null;
        Double errors = null;
        for (String part : text.toLowerCase(Locale.ROOT).replace(" ", "").split(",")) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "--slo '" + text + "': '" + part + "' is not understood; accepted: " + FORMAT);
            }
            double value = Double.parseDouble(m.group(2));
            String unit = m.group(3);
            switch (m.group(1)) {
                case "p95" -> p95 = millis(text, value, unit);
                case "p99" -> p99 = millis(text, value, unit);
                default -> {
                    if (unit != null && !unit.equals("%") || value > 100) {
                        throw new IllegalArgumentException("--slo '" + text + "': errors must be a percentage from 0"
                                + " to 100, e.g. errors=0.1%");
                    }
                    errors = value;
                }
            }
        }
        if (p95 == null || p99 == null || errors == null) {
            throw new IllegalArgumentException(
                    "--slo '" + text + "': p95, p99 and errors are all required; accepted: " + FORMAT);
        }
        if (p99 < p95) {
            throw new IllegalArgumentException(
                    "--slo '" + text + "': p99 (" + p99 + " ms) is below p95 (" + p95 + " ms)");
        }
        return new SloOption(p95, p99, errors);
    }

    private static int millis(String text, double value, String unit) {
        if (unit == null || unit.equals("%")) {
            throw new IllegalArgumentException("--slo '" + text + "': a latency needs a unit, ms or s, e.g. p95=50ms");
        }
        double millis = unit.equals("s") ? value * 1000 : value;
        if (millis < 1 || millis > 3_600_000) {
            throw new IllegalArgumentException("--slo '" + text + "': latencies from 1 ms to 1 h");
        }
        return (int) Math.round(millis);
    }
}
