package org.sevasurge.service.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sevasurge.service.ServiceApp;
import org.sevasurge.service.config.CommandLine;
import org.sevasurge.service.config.ServiceConfig;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.promises.BrokenPromises;

/**
 * The real service in this JVM on a free loopback port, with its own fresh database and document directory.
 * Close it after the test.
 *
 * @param jdbcUrl the service's database, for reading it straight from PostgreSQL
 * @param client a client of the service's address
 */
public record RunningService(
        ServiceApp app, Database database, String jdbcUrl, Path documentsDirectory, ServiceClient client)
        implements AutoCloseable {

    /**
     * Starts with the test defaults and then {@code options}, the service's own command-line options (as
     * {@code java -jar sevasurge-service.jar} takes them; a later option wins), on a fresh database of the shared
     * test server, watching that server's data directory as the database volume.
     */
    public static RunningService start(String... options) throws Exception {
        return startOn(TestDatabase.freshDatabaseUrl(), TestDatabase.server().dataDirectory(), options);
    }

    /**
     * As {@link #start(String...)}, on the database at {@code url} whose data lies on {@code databaseVolume}. The
     * test defaults: a free port, a fresh data directory with the documents inside it, the volumes checked every
     * 100 ms.
     */
    public static RunningService startOn(String url, Path databaseVolume, String... options) throws Exception {
        Path data = Files.createTempDirectory("sevasurge-test-data");
        List<String> args = new ArrayList<>(List.of(
                "--port",
                "0",
                "--data",
                data.toString(),
                "--documents",
                data.resolve("documents").toString(),
                "--storage-check-millis",
                "100"));
        args.addAll(List.of(options));
        // A test that names a broken promise (--break-promise) is allowed it: this fixture is for tests only.
        BrokenPromises.Extracted promises = BrokenPromises.extract(args.toArray(String[]::new), Map.of(), "yes");
        ServiceConfig config = CommandLine.parse(promises.remaining());
        PrometheusMeterRegistry registry = ServiceApp.newRegistry();
        Database database = Database.open(url, "postgres", "", 8, registry);
        ServiceApp app = ServiceApp.start(config, database, databaseVolume, registry, promises.promises());
        return new RunningService(
                app, database, url, config.documentsDirectory(), new ServiceClient("http://127.0.0.1:" + app.port()));
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** A JDBC connection of the service's database, straight to PostgreSQL (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    /**
     * A connection whose open transaction holds {@code LOCK TABLE applications IN <mode> MODE}: requests that
     * need the table wait behind it, each holding its request slot, until the caller rolls back or closes it.
     *
     * @param mode {@code EXCLUSIVE} stops writers only; {@code ACCESS EXCLUSIVE} stops readers too
     */
    public Connection lockApplications(String mode) throws SQLException {
        Connection lock = connect();
        try (Statement st = lock.createStatement()) {
            lock.setAutoCommit(false);
            st.execute("LOCK TABLE applications IN " + mode + " MODE");
        } catch (SQLException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** Waits up to 10 s for a scrape of the service's metrics to hold {@code line}; fails the test if none does. */
    public void awaitMetricLine(String line) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (new String(client.get("/metrics").body(), StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the metrics never showed " + line);
    }

    /** Application rows and stored document files at one moment: equal ones mean nothing was stored between. */
    public record Stored(long applications, long documentFiles) {}

    /** What is stored now, counted straight from PostgreSQL and the document volume. */
    public Stored stored() throws SQLException, IOException {
        return new Stored(count("applications"), storedDocumentFiles());
    }

    /**
     * Asserts that {@code request} stored nothing since {@code before}, neither a row nor a document, and left no
     * partial upload behind (waiting up to 5 s for Jetty to delete its spool files, see {@link #uploadLeftovers}).
     */
    public void assertStoredNothingSince(Stored before, String request) throws Exception {
        assertThat(stored())
                .as("%s adds no application row and no document file", request)
                .isEqualTo(before);
        assertThat(uploadLeftovers(Duration.ofSeconds(5)))
                .as("%s leaves nothing in the incoming area or the upload spool", request)
                .isZero();
    }

    /** Rows in {@code table}, counted straight from PostgreSQL. */
    public long count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@link #count} for use in lambdas: {@code table} may carry a WHERE clause. */
    public long countUnchecked(String table) {
        try {
            return count(table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code sql} with one text parameter, as bytes. */
    public byte[] queryBytes(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Document files on the volume (the incoming and spool areas excluded). */
    public long storedDocumentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(documentsDirectory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !documentsDirectory.relativize(p).toString().startsWith("."))
                    .count();
        }
    }

    /**
     * Files left in the volume's dot-directories: the incoming area and the upload spool Jetty writes multipart
     * parts to. Jetty deletes a request's spool files as the request completes, which may be just after the
     * client has its answer, so this waits up to {@code patience} for them to go; whatever is still there then
     * is a leak (a partial file).
     */
    public long uploadLeftovers(Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long left;
        do {
            try (Stream<Path> files = Files.walk(documentsDirectory)) {
                left = files.filter(Files::isRegularFile)
                        .filter(p -> documentsDirectory.relativize(p).toString().startsWith("."))
                        .count();
            }
            if (left > 0) {
                Thread.sleep(50);
            }
        } while (left > 0 && System.nanoTime() < deadline);
        return left;
    }

    /** Files in the incoming area: left-overs there would be a leak. */
    public long incomingFiles() throws IOException {
        try (Stream<Path> files = Files.list(documentsDirectory.resolve(".incoming"))) {
            return files.count();
        }
    }

    @Override
    public void close() {
        app.close();
        database.close();
    }
}
