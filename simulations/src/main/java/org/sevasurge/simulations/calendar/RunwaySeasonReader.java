package org.sevasurge.simulations.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the calendar's optional {@code storageRunway} block. Stateless. */
final class RunwaySeasonReader {
    private static final int MAX_SEASON_DAYS = 366;

    private RunwaySeasonReader() {}

    static RunwaySeason read(ConfigNode node) {
        node.allowOnly(Set.of("seasonStart", "seasonEnd", "monthFactors"));
        LocalDate start = date(node, "seasonStart");
        LocalDate end = date(node, "seasonEnd");
        if (end.isBefore(start) || end.toEpochDay() - start.toEpochDay() >= MAX_SEASON_DAYS) {
            throw node.error(
                    "seasonEnd",
                    "= \"" + end + "\" is not within a year after seasonStart (" + start + ")",
                    "a date from seasonStart to a year after it");
        }
        Map<Month, Double> factors = new EnumMap<>(Month.class);
        if (node.has("monthFactors")) {
            ConfigNode months = node.object("monthFactors");
            for (String key : months.keys()) {
                factors.put(
                        month(months, key),
                        months.number(key, 0, 1000, "a number from 0 to 1000 (3.0: three" + " times a normal month)"));
            }
        }
        return new RunwaySeason(start, end, factors);
    }

    private static LocalDate date(ConfigNode node, String key) {
        String accepted = "a quoted date \"yyyy-MM-dd\", e.g. \"2027-05-15\"";
        String text = node.text(key, null);
        if (text == null) {
            throw node.error(key, "is missing", accepted);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.error(key, "= \"" + text + "\"", accepted);
        }
    }

    private static Month month(ConfigNode node, String key) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(key)
                    || month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(key)) {
                return month;
            }
        }
        throw node.error(key, "is not a month", "English month names, e.g. June or Jun");
    }
}
