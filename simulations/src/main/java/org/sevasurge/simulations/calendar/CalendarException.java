package org.sevasurge.simulations.calendar;

/**
 * A season calendar that cannot be used: the message names the file, the key and the accepted values,
 * e.g. {@code season-calendar.yaml: profiles.smoke.compression = -3: accepted values: a number > 0}.
 */
public final class CalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete, user-facing message */
    public CalendarException(String message) {
        super(message);
    }

    /** @param message the complete, user-facing message; @param cause the parser's error */
    public CalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
