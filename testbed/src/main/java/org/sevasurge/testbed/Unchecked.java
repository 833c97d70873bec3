package org.sevasurge.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs a testbed operation's I/O and turns its checked failures into unchecked ones, so {@link Testbed}'s operations
 * stay plain calls in scenarios: {@link IOException} becomes {@link UncheckedIOException}, an interrupt restores the
 * flag and becomes {@link IllegalStateException}. Stateless and thread-safe.
 */
public final class Unchecked {

    /** An operation with no result. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException, InterruptedException;
    }

    /** An operation with a result. */
    @FunctionalInterface
    public interface Query<T> {
        T call() throws IOException, InterruptedException;
    }

    private Unchecked() {}

    public static void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    public static <T> T call(Query<T> query) {
        try {
            return query.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while operating the testbed", e);
        }
    }
}
