package org.sevasurge.simulations.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped calendar as text, for tests that change one line of it. */
final class CalendarYaml {
    static final String DEFAULT = read();

    private CalendarYaml() {
    }

    private static String read() {
        try (InputStream in = CalendarYaml.class.getClassLoader().getResourceAsStream(CalendarLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
