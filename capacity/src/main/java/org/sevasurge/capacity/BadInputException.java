package org.sevasurge.capacity;

/**
 * Input that cannot be analysed: a missing or foreign run folder, a malformed file, a value out of range. The
 * message names the file (and line or field) and says what is accepted, so a command line can print it as it is
 * and exit with status 2.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
