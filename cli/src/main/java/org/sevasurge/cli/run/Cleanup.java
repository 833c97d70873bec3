package org.sevasurge.cli.run;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a command started and must stop, also on Ctrl-C: a last-in, first-out list of resources closed by
 * {@link #close} or, if the JVM is interrupted first, by a shutdown hook. Thread-safe.
 */
public final class Cleanup implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Thread hook = new Thread(this::closeAll, "sevasurge-cleanup");
    private boolean hooked;

    /** @return {@code resource}, to be closed before everything registered earlier */
    public synchronized <T extends AutoCloseable> T register(T resource) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(hook);
            hooked = true;
        }
        resources.push(resource);
        return resource;
    }

    /** Closes {@code resource} now (if registered) and forgets it. */
    public void closeNow(AutoCloseable resource) {
        synchronized (this) {
            if (!resources.remove(resource)) {
                return;
            }
        }
        quietly(resource);
    }

    private void closeAll() {
        while (true) {
            AutoCloseable next;
            synchronized (this) {
                next = resources.poll();
            }
            if (next == null) {
                return;
            }
            quietly(next);
        }
    }

    private static void quietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("sevasurge: cleanup: " + e);
        }
    }

    @Override
    public void close() {
        closeAll();
        synchronized (this) {
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down: the hook is running or has run.
                }
                hooked = false;
            }
        }
    }
}
