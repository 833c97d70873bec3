package org.sevasurge.cli.run;

import java.nio.file.Path;

/**
 * The project's home (system property {@code sevasurge.home}, set by {@code ./sevasurge}; else the working
 * directory) and the folders under it. Stateless.
 */
public final class Home {
    private Home() {}

    /** @return the project's home, absolute */
    public static Path dir() {
        return Path.of(System.getProperty("sevasurge.home", ""))
                .toAbsolutePath()
                .normalize();
    }

    /** @return where run folders go by default: {@code <home>/runs}, which {@code mvn clean} never touches */
    public static Path runs() {
        return dir().resolve(org.sevasurge.simulations.run.Defaults.RUNS_DIR);
    }

    /** @return scratch space of embedded testbeds (database and documents, deleted after a run; logs kept) */
    public static Path testbeds() {
        return dir().resolve("target").resolve("testbeds");
    }
}
