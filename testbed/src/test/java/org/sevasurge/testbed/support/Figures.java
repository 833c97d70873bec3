package org.sevasurge.testbed.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends a test's measured figures to {@code target/testbed-it/figures.txt}, so a run's numbers can be quoted
 * without loud test output. Thread-safe (synchronized appends).
 */
public final class Figures {

    private Figures() {}

    public static synchronized void record(String test, String line) {
        Path file = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    Instant.now() + " " + test + ": " + line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
