package org.sevasurge.cli.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NAME=SIZE}, e.g. {@code documents=2TB}: a volume and an amount of bytes (B, KB, MB, GB, TB, PB: powers of
 * 1024, as the service's watermarks read them; decimals allowed). Immutable.
 *
 * @param volume the volume's name
 * @param bytes  the amount
 */
record SizeOption(String volume, double bytes) {
    static final String FORMAT = "NAME=SIZE with NAME documents or database and SIZE e.g. 500GB, 2TB, 1.5TB";
    private static final Pattern SIZE = Pattern.compile("([a-z+]+)=([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB|TB|PB)?");

    /** @return the option; an {@link IllegalArgumentException} naming {@code option} and the format otherwise */
    static SizeOption parse(String option, String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " '" + text + "': accepted values: " + FORMAT);
        }
        String unit = m.group(3) == null ? "B" : m.group(3);
        int power = switch (unit.toUpperCase(Locale.ROOT)) {
            case "KB" -> 1;
            case "MB" -> 2;
            case "GB" -> 3;
            case "TB" -> 4;
            case "PB" -> 5;
            default -> 0;
        };
        return new SizeOption(m.group(1), Double.parseDouble(m.group(2)) * Math.pow(1024, power));
    }
}
