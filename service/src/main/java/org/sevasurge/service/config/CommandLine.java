package org.sevasurge.service.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@code java -jar sevasurge-service.jar [options]} arguments into a {@link ServiceConfig}.
 * Every mistake is reported as an {@link IllegalArgumentException} that names the option and what it accepts.
 */
public final class CommandLine {

    public static final String USAGE = """
            Usage: java -jar sevasurge-service.jar [options]
              --port N                      HTTP port (default 8080; 0 takes a free port)
              --host ADDR                   listen address (default 127.0.0.1)
              --data DIR                    embedded PostgreSQL data and signing key (default ./data)
              --documents DIR               document volume (default DATA/documents)
              --db-url JDBC_URL             use this PostgreSQL instead of the embedded one
              --db-user USER                with --db-url (default postgres)
              --db-password PASSWORD        with --db-url (default empty)
              --db-volume DIR               a directory on the database's volume for the storage guard
              --db-pool-size N              JDBC connections for transactions (default 16); reads get
                                            a pool of their own, half as large (at least 2)
              --max-in-flight N             requests served at once before a fast 503 (default 256)
              --max-in-flight-submissions N submissions served at once before a fast 503 (default 48)
              --watermark-low V             e.g. 85% or 10GB free (default 85%)
              --watermark-high V            (default 90%)
              --watermark-flood V           submissions get 507 past it (default 95%)
              --storage-check-millis N      how often the volumes are checked (default 1000)
              --public-url URL              base address printed in certificate QR codes
              --external-services URL       eKYC, payment, SMS, DigiLocker and land records under one base
                                            address (e.g. the mocks: http://127.0.0.1:9090); none by default
              --min-body-rate BYTES_PER_S   a request body slower than this is cut off with 408 (default 1024)
              --body-deadline-seconds N     a request body must have arrived by then (408 otherwise; default 300)
              --body-buffer-mb N            request bodies held in memory at once before a fast 503 (default 96)
              --access-token-seconds N      officers' access token lifetime (default 900)
              --refresh-token-seconds N     officers' login lifetime, a shift (default 28800)
              --max-concurrent-logins N     password hashes computed at once (default: one per core)
              --break-promise LIST          tests only, refused unless SEVASURGE_ALLOW_BROKEN_PROMISES=yes:
                                            break a promise on purpose (skip-document-fsync,
                                            skip-directory-fsync, ack-before-commit, no-storage-guard)
            """;

    private CommandLine() {}

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message meant for the user. */
    public static ServiceConfig parse(String... args) {
        ServiceConfig defaults = ServiceConfig.defaults();
        String host = defaults.host();
        int port = defaults.port();
        Path data = defaults.dataDirectory();
        Path documents = null;
        String dbUrl = null;
        String dbUser = "postgres";
        String dbPassword = "";
        Path dbVolume = null;
        int pool = defaults.dbPoolSize();
        int inFlight = defaults.maxInFlight();
        int inFlightSubmissions = defaults.maxInFlightSubmissions();
        Watermarks watermarks = defaults.watermarks();
        Duration check = defaults.storageCheckInterval();
        String publicUrl = null;
        String externalServices = null;
        BodyLimits body = defaults.bodyLimits();
        LoginSettings logins = defaults.logins();

        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (option.equals("--help") || option.equals("-h")) {
                throw new HelpRequested();
            }
            String value = valueOf(option, rest);
            switch (option) {
                case "--port" -> port = intIn(option, value, 0, 65535);
                case "--host" -> host = value;
                case "--data" -> data = Path.of(value);
                case "--documents" -> documents = Path.of(value);
                case "--db-url" -> dbUrl = requirePrefix(option, value, "jdbc:postgresql:");
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--db-volume" -> dbVolume = Path.of(value);
                case "--db-pool-size" -> pool = intIn(option, value, 1, 500);
                case "--max-in-flight" -> inFlight = intIn(option, value, 1, 100_000);
                case "--max-in-flight-submissions" -> inFlightSubmissions = intIn(option, value, 1, 100_000);
                case "--watermark-low" -> watermarks = watermarks.withLow(watermark(option, value));
                case "--watermark-high" -> watermarks = watermarks.withHigh(watermark(option, value));
                case "--watermark-flood" -> watermarks = watermarks.withFlood(watermark(option, value));
                case "--storage-check-millis" -> check = Duration.ofMillis(intIn(option, value, 10, 3_600_000));
                case "--public-url" -> publicUrl = requirePrefix(option, value, "http");
                case "--external-services" -> externalServices = requirePrefix(option, value, "http");
                case "--min-body-rate" -> body = body.withMinBytesPerSecond(intIn(option, value, 1, 1 << 30));
                case "--body-deadline-seconds" ->
                    body = body.withDeadline(Duration.ofSeconds(intIn(option, value, 1, 86_400)));
                case "--body-buffer-mb" -> body = body.withBufferBytes(intIn(option, value, 1, 65_536) * 1024L * 1024);
                case "--access-token-seconds" ->
                    logins = logins.withAccessTokenLifetime(Duration.ofSeconds(intIn(option, value, 1, 86_400)));
                case "--refresh-token-seconds" ->
                    logins = logins.withRefreshTokenLifetime(Duration.ofSeconds(intIn(option, value, 1, 604_800)));
                case "--max-concurrent-logins" ->
                    logins = logins.withMaxConcurrentLogins(intIn(option, value, 1, 1_000));
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        Optional<ServiceConfig.ExternalDatabase> external = dbUrl == null
                ? Optional.empty()
                : Optional.of(new ServiceConfig.ExternalDatabase(dbUrl, dbUser, dbPassword));
        return new ServiceConfig(
                host,
                port,
                data,
                documents == null ? data.resolve("documents") : documents,
                external,
                Optional.ofNullable(dbVolume),
                pool,
                inFlight,
                inFlightSubmissions,
                watermarks,
                check,
                Optional.ofNullable(publicUrl),
                Optional.ofNullable(externalServices),
                body,
                logins);
    }

    private static String valueOf(String option, List<String> rest) {
        if (!option.startsWith("--")) {
            throw new IllegalArgumentException("unexpected argument '" + option + "'\n" + USAGE);
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return rest.remove(0);
    }

    private static int intIn(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(
                        option + " must be between " + min + " and " + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'", e);
        }
    }

    private static Watermark watermark(String option, String value) {
        try {
            return Watermark.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static String requirePrefix(String option, String value, String prefix) {
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException(option + " must start with '" + prefix + "', got '" + value + "'");
        }
        return value;
    }

    /** Thrown for {@code --help}; the caller prints {@link #USAGE} and exits 0. */
    public static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super(USAGE, null, false, false);
        }
    }
}
