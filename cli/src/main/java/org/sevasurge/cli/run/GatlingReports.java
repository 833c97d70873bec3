package org.sevasurge.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Finds Gatling's report of the current run: the newest folder under its results folder. Stateless. */
public final class GatlingReports {
    private GatlingReports() {}

    /**
     * @return {@code <newest folder>/index.html} under {@code resultsDir} (Gatling writes index.html after the
     * simulation's after hook, so the file may not exist yet when this is called), or null if there is none
     */
    public static @Nullable String newestReport(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            return null;
        }
        try (Stream<Path> folders = Files.list(resultsDir)) {
            return folders.filter(Files::isDirectory)
                    .max(Comparator.comparing(GatlingReports::modified))
                    .map(folder -> folder.resolve("index.html").toAbsolutePath().toString())
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
