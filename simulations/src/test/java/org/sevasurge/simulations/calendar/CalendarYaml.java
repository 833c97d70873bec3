package org.sevasurge.simulations.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped calendar as text, for tests that change one line of it. */
final class CalendarYaml {
    static final String DEFAULT = read();

    private CalendarYaml() {}

    /** @return the shipped calendar with one text replaced, parsed as {@code file} (the test checks it was there) */
    static SeasonCalendar withChange(String file, String from, String to) {
        if (!DEFAULT.contains(from)) {
            throw new IllegalArgumentException("the shipped calendar has no '" + from + "' to change");
        }
        return CalendarLoader.parse(file, DEFAULT.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    private static String read() {
        try (InputStream in =
                CalendarYaml.class.getClassLoader().getResourceAsStream(CalendarLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
