package org.sevasurge.benchmarks.results;

/**
 * A result file or an argument that cannot be used, with a message naming it and what is wrong, fit to show the
 * user as it is. The bench command answers it with exit code 2.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
