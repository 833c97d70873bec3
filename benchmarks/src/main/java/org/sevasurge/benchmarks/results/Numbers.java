package org.sevasurge.benchmarks.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How scores, errors, bytes and percentages are written in tables: four significant digits at most. Stateless. */
public final class Numbers {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Numbers() {}

    /** {@code 2,981 ± 120 us/op}; {@code no data (NaN)} for a non-finite score; no {@code ±} part when unknown. */
    public static String score(double score, double error, String unit) {
        if (!Double.isFinite(score)) {
            return "no data (" + score + ")";
        }
        String text = plain(score);
        if (Double.isFinite(error)) {
            text += " ± " + plain(error);
        }
        return text + " " + unit;
    }

    /** {@code 1,024 -> 1,096 B/op}, one side only, or empty when neither side measured allocation. */
    public static String alloc(double before, double after) {
        if (!Double.isFinite(before) && !Double.isFinite(after)) {
            return "";
        }
        String b = Double.isFinite(before) ? plain(before) : "-";
        String a = Double.isFinite(after) ? plain(after) : "-";
        return b + " -> " + a + " B/op";
    }

    /** Four significant digits, grouped thousands, no exponent: {@code 193,300}, {@code 2.981}, {@code 0.0001234}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        if (rounded.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", rounded.toBigInteger());
        }
        return String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded);
    }

    /** {@code +31.2%} / {@code -4.7%}. */
    public static String percent(double fraction) {
        return (fraction >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A p-value: {@code 0.08}, {@code 3.2e-09}. */
    static String p(double p) {
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3g", p) : String.format(Locale.ROOT, "%.1e", p);
    }
}
