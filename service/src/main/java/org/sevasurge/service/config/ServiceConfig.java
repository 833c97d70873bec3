package org.sevasurge.service.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the service needs to start, gathered from the command line (see {@link CommandLine}).
 * Immutable and therefore thread-safe.
 *
 * @param host                 address to listen on; loopback by default
 * @param port                 HTTP port; 0 takes a free one
 * @param dataDirectory        where the embedded PostgreSQL keeps its data and the service its signing key
 * @param documentsDirectory   the document volume (content-addressed files)
 * @param externalDatabase     a PostgreSQL to use instead of the embedded one
 * @param databaseVolume       a directory on the database's volume to watch; the embedded data directory by default
 * @param dbPoolSize           JDBC connections in the pool
 * @param maxInFlight          requests served at once before new ones get a fast 503
 * @param maxInFlightSubmissions submissions served at once before new ones get a fast 503
 * @param watermarks           storage guard thresholds
 * @param storageCheckInterval how often the storage guard looks at the volumes
 * @param publicBaseUrl        base address printed in certificate QR codes; the listening address if absent
 * @param externalServices     base address of the external government services (eKYC, payment, SMS,
 *                             DigiLocker, land records); absent means the service runs on its own
 * @param bodyLimits           how request bodies must arrive (rate, deadline, memory)
 * @param logins               officers' token lifetimes and concurrent password hashes
 */
public record ServiceConfig(
        String host,
        int port,
        Path dataDirectory,
        Path documentsDirectory,
        Optional<ExternalDatabase> externalDatabase,
        Optional<Path> databaseVolume,
        int dbPoolSize,
        int maxInFlight,
        int maxInFlightSubmissions,
        Watermarks watermarks,
        Duration storageCheckInterval,
        Optional<String> publicBaseUrl,
        Optional<String> externalServices,
        BodyLimits bodyLimits,
        LoginSettings logins) {

    /** Connection details of a PostgreSQL that the service does not start itself. */
    public record ExternalDatabase(String jdbcUrl, String user, String password) {}

    /** The defaults of {@code java -jar sevasurge-service.jar} with no arguments. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(
                "127.0.0.1",
                8080,
                Path.of("data"),
                Path.of("data", "documents"),
                Optional.empty(),
                Optional.empty(),
                16,
                256,
                48,
                Watermarks.defaults(),
                Duration.ofSeconds(1),
                Optional.empty(),
                Optional.empty(),
                BodyLimits.defaults(),
                LoginSettings.defaults());
    }
}
