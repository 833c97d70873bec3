package org.sevasurge.service;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import org.sevasurge.service.config.CommandLine;
import org.sevasurge.service.config.ServiceConfig;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.database.EmbeddedDatabase;
import org.sevasurge.service.promises.BrokenPromises;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar sevasurge-service.jar [options]}: starts the certificate service, with an embedded
 * PostgreSQL unless {@code --db-url} names one, prints one line when ready and stops cleanly on SIGTERM.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        ServiceConfig config;
        BrokenPromises promises;
        try {
            BrokenPromises.Extracted extracted =
                    BrokenPromises.extract(args, System.getenv(), System.getProperty(BrokenPromises.ALLOW_PROPERTY));
            promises = extracted.promises();
            config = CommandLine.parse(extracted.remaining());
        } catch (CommandLine.HelpRequested help) {
            System.out.print(CommandLine.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("sevasurge-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            start(config, promises);
        } catch (Exception e) {
            System.err.println("sevasurge-service: cannot start: " + e.getMessage());
            LoggerFactory.getLogger(Main.class).debug("start-up failure", e);
            System.exit(1);
        }
    }

    private static void start(ServiceConfig config, BrokenPromises promises) throws Exception {
        if (promises.any()) {
            LoggerFactory.getLogger(Main.class).warn(promises.warning());
        }
        PrometheusMeterRegistry registry = ServiceApp.newRegistry();
        StartedDatabase db = StartedDatabase.open(config, registry, promises);
        ServiceApp app;
        try {
            app = ServiceApp.start(config, db.database(), db.volume(), registry, promises);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, db), "shutdown"));
        System.out.println(ReadyLine.of("sevasurge-service", "http://" + config.host() + ":" + app.port())
                + " (database: " + db.label() + "; documents: "
                + config.documentsDirectory().toAbsolutePath()
                + ")" + (promises.any() ? " " + promises.warning() : ""));
        System.out.flush();
    }

    private static void stop(ServiceApp app, StartedDatabase db) {
        try {
            app.close();
            db.close();
            System.out.println("sevasurge-service stopped");
        } catch (Exception | Error e) {
            System.out.println("sevasurge-service stopped, but not cleanly: " + e);
        }
        System.out.flush();
    }

    /** The pool and, unless an external database was named, the embedded server under it. */
    private record StartedDatabase(Database database, EmbeddedDatabase embedded, String label, Path volume)
            implements AutoCloseable {

        static StartedDatabase open(ServiceConfig config, PrometheusMeterRegistry registry, BrokenPromises promises)
                throws Exception {
            Path volume = config.databaseVolume().orElse(null);
            if (config.externalDatabase().isPresent()) {
                ServiceConfig.ExternalDatabase external =
                        config.externalDatabase().get();
                return new StartedDatabase(
                        Database.open(
                                promises.jdbcUrl(external.jdbcUrl()),
                                external.user(),
                                external.password(),
                                config.dbPoolSize(),
                                registry),
                        null,
                        external.jdbcUrl(),
                        volume);
            }
            EmbeddedDatabase embedded =
                    EmbeddedDatabase.start(config.dataDirectory().resolve("postgres"), 0);
            try {
                Database database = Database.open(
                        promises.jdbcUrl(embedded.jdbcUrl()), embedded.user(), "", config.dbPoolSize(), registry);
                return new StartedDatabase(
                        database,
                        embedded,
                        "embedded PostgreSQL on port " + embedded.port() + ", data in " + embedded.dataDirectory(),
                        volume == null ? embedded.dataDirectory() : volume);
            } catch (Exception | Error e) {
                embedded.close();
                throw e;
            }
        }

        @Override
        public void close() throws Exception {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
