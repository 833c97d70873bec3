package org.sevasurge.testbed;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A running system under test, ready for load, and the faults a scenario can cause in it. The operations speak of
 * parts (the service, the database, the documents and database volumes), not of processes or containers, so a scenario runs the
 * same on every mode; one a mode cannot perform throws {@link UnsupportedTestbedOperationException}, and
 * {@link #supports} says so beforehand.
 *
 * <p>Closing it tears down whatever it started (nothing, for an external one); close is idempotent.
 * Implementations are thread-safe: a shutdown hook may close a testbed while another thread reads its URL, and the
 * operations are serialised.
 */
public interface Testbed extends AutoCloseable {

    /** The certificate service's base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    URI baseUrl();

    /** Which kind of testbed this is. */
    TestbedMode mode();

    /** The service JVM's process id on this host when this testbed started it as a process, else empty. */
    OptionalLong servicePid();

    /**
     * What this testbed runs, by role ({@code service}, {@code mocks}, {@code postgres}): host process ids, for a
     * state file; empty when it runs no host process of its own.
     */
    Map<String, Long> processIds();

    /**
     * The mocks' base URL when this testbed runs them (their admin API switches a dependency's fault profile), else
     * empty (an external target's dependencies are not ours to break).
     */
    default Optional<URI> mocksBaseUrl() {
        return Optional.empty();
    }

    /** Whether {@code operation} can be performed on this testbed. */
    boolean supports(TestbedOperation operation);

    /**
     * Kills the service at once (SIGKILL: no shutdown hook, no graceful close), as a crash would; returns once it is
     * gone. Acknowledged applications must survive this.
     */
    void killService();

    /**
     * Starts the service again with the same database, documents and signing key, on the same {@link #baseUrl()};
     * stops it first (SIGTERM) when it still runs. Returns once it answers {@code GET /health/ready} with 200.
     */
    void restartService();

    /** Shuts PostgreSQL down (a fast shutdown: sessions are ended, data kept); returns once it has stopped. */
    void stopDatabase();

    /** Starts PostgreSQL again with the same data on the same port; returns once it accepts connections. */
    void startDatabase();

    /** The documents volume's size and free space now. */
    VolumeUsage documentsVolume();

    /**
     * Fills the documents volume with a ballast file until 1 % of it is free, past any storage-guard watermark up to
     * 99 % used; the ballast is never a document. Returns the volume's usage after filling.
     */
    default VolumeUsage fillDocumentsVolume() {
        return fillDocumentsVolume(0.01);
    }

    /**
     * Fills the documents volume with ballast until {@code freeShare} of it is free (or it is full, when others write
     * to it meanwhile), e.g. 0.03: past the storage guard's flood watermark (95 % used) with room left, so what
     * refuses the writes is the guard, not the full disk. Returns the volume's usage after filling.
     */
    VolumeUsage fillDocumentsVolume(double freeShare);

    /** Deletes the ballast of {@link #fillDocumentsVolume()} (nothing else); returns the volume's usage after. */
    VolumeUsage freeDocumentsVolume();

    /**
     * Fills the volume of PostgreSQL's data directory with ballast until {@code freeShare} of it is free, as
     * {@link #fillDocumentsVolume(double)} does the documents': the October 2021 outage was the database's disk. Only a
     * testbed whose database sits on a small volume of its own can (see {@link #supports}); the others refuse.
     */
    default VolumeUsage fillDatabaseVolume(double freeShare) {
        throw new UnsupportedTestbedOperationException(
                TestbedOperation.FILL_DATABASE_VOLUME, mode(), "its database is not on a volume of its own to fill");
    }

    /** Deletes the ballast of {@link #fillDatabaseVolume(double)} (nothing else); returns the volume's usage after. */
    default VolumeUsage freeDatabaseVolume() {
        throw new UnsupportedTestbedOperationException(
                TestbedOperation.FILL_DATABASE_VOLUME, mode(), "its database is not on a volume of its own to fill");
    }

    /** Tears down what this testbed started; never throws for a part that is already gone. */
    @Override
    void close();
}
