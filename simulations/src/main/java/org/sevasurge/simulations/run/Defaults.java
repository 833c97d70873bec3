package org.sevasurge.simulations.run;

/**
 * The defaults of every run, in one place: the command line's options and the injector's system properties both
 * take them from here.
 */
public final class Defaults {
    /** {@code --target}: start an embedded testbed (PostgreSQL, mocks and service on free loopback ports). */
    public static final String TARGET = "embedded";
    /** The base URL a simulation started by hand goes to when no target is given. */
    public static final String LOCAL_SERVICE = "http://127.0.0.1:8080";
    /** {@code --profile}: about a minute, light enough for CI. */
    public static final String PROFILE = "smoke";
    /** {@code --seed}: the generated applications and documents. */
    public static final long SEED = 20261128L;
    /** {@code --runs}: run folders at the project root, where {@code mvn clean} never reaches. */
    public static final String RUNS_DIR = "runs";
    /** {@code --injector-cores}: the injector's share of the machine when it shares 2 cores with the service. */
    public static final double INJECTOR_CORES = 1.0;
    /** Parallel read-backs of the ledger check. */
    public static final int LEDGER_PARALLELISM = 4;
    /** The injector JVM's heap, {@code -Xmx}. */
    public static final String INJECTOR_HEAP = "1536m";

    private Defaults() {}
}
