package org.sevasurge.service;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.sevasurge.service.applications.ApplicationRepository;
import org.sevasurge.service.applications.ApplicationRoutes;
import org.sevasurge.service.applications.MultipartSubmission;
import org.sevasurge.service.applications.ReviewService;
import org.sevasurge.service.applications.StatusAnswers;
import org.sevasurge.service.applications.SubmissionService;
import org.sevasurge.service.auth.AccessCodes;
import org.sevasurge.service.auth.AccountRepository;
import org.sevasurge.service.auth.AuthRoutes;
import org.sevasurge.service.auth.Credentials;
import org.sevasurge.service.auth.LoginService;
import org.sevasurge.service.auth.OfficerTokens;
import org.sevasurge.service.auth.PasswordHash;
import org.sevasurge.service.auth.ServiceSecrets;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.certificates.CertificateIssuer;
import org.sevasurge.service.certificates.CertificatePdfRenderer;
import org.sevasurge.service.certificates.CertificateRepository;
import org.sevasurge.service.certificates.CertificateRoutes;
import org.sevasurge.service.certificates.CertificateSigner;
import org.sevasurge.service.certificates.CertificateVerifier;
import org.sevasurge.service.config.ServiceConfig;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.documents.DocumentStore;
import org.sevasurge.service.external.ExternalServices;
import org.sevasurge.service.external.FeeCollector;
import org.sevasurge.service.external.FeeReconciler;
import org.sevasurge.service.external.IdentityCheck;
import org.sevasurge.service.external.LandRecords;
import org.sevasurge.service.health.HealthRoutes;
import org.sevasurge.service.health.HttpMetrics;
import org.sevasurge.service.http.AdmissionControl;
import org.sevasurge.service.http.BodyReceiver;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.http.ProblemErrorHandler;
import org.sevasurge.service.http.ProblemResponses;
import org.sevasurge.service.http.RefusalWindow;
import org.sevasurge.service.outbox.Outbox;
import org.sevasurge.service.outbox.OutboxWorker;
import org.sevasurge.service.promises.BrokenPromise;
import org.sevasurge.service.promises.BrokenPromises;
import org.sevasurge.service.storage.StorageGuard;
import org.sevasurge.service.storage.StorageUsage;

/**
 * The certificate service wired together on an open database: call {@link #start} for a running HTTP server.
 * Tests start it in-process on a free port the same way {@link Main} does. Not thread-safe to start or close
 * concurrently; the running server is.
 */
public final class ServiceApp implements AutoCloseable {

    /** Threads above the in-flight limit, so that a request over the limit still finds a thread to be refused on. */
    private static final int SPARE_THREADS = 32;

    private static final Duration FEE_RECONCILIATION_INTERVAL = Duration.ofSeconds(5);
    private static final Duration STORAGE_USAGE_INTERVAL = Duration.ofSeconds(5);

    private final Javalin javalin;
    private final StorageGuard storageGuard;
    private final List<AutoCloseable> workers;

    private ServiceApp(Javalin javalin, StorageGuard storageGuard, List<AutoCloseable> workers) {
        this.javalin = javalin;
        this.storageGuard = storageGuard;
        this.workers = workers;
    }

    /**
     * Builds every component on {@code database} and starts listening.
     *
     * @param databaseVolume a directory on the database's volume for the storage guard, or null to not watch it
     */
    public static ServiceApp start(
            ServiceConfig config, Database database, @Nullable Path databaseVolume, PrometheusMeterRegistry registry)
            throws IOException, SQLException {
        return start(config, database, databaseVolume, registry, BrokenPromises.none());
    }

    /** As above, breaking the promises a test named (see {@link BrokenPromises}); none in a real run. */
    public static ServiceApp start(
            ServiceConfig config,
            Database database,
            Path databaseVolume,
            PrometheusMeterRegistry registry,
            BrokenPromises promises)
            throws IOException, SQLException {
        bindJvmMetrics(registry);
        promises.bindTo(registry);
        Clock clock = Clock.systemUTC();
        DocumentStore documents = new DocumentStore(config.documentsDirectory(), promises);
        Path spool = Files.createDirectories(config.documentsDirectory().resolve(".spool"));
        Map<String, Path> volumes = new LinkedHashMap<>();
        volumes.put("documents", documents.root());
        if (databaseVolume != null) {
            volumes.put("database", databaseVolume);
        }
        StorageGuard guard = new StorageGuard(
                volumes,
                config.watermarks(),
                config.storageCheckInterval(),
                registry,
                !promises.breaks(BrokenPromise.NO_STORAGE_GUARD));
        Catalogue catalogue = database.read(Catalogue::load);
        CertificateSigner signer =
                CertificateSigner.loadOrCreate(config.dataDirectory().resolve("keys"));
        CertificateRepository certificates = new CertificateRepository();
        ApplicationRepository applications = new ApplicationRepository();
        RefusalWindow refusals = new RefusalWindow();
        AdmissionControl admission = new AdmissionControl(
                config.maxInFlight(),
                config.maxInFlightSubmissions(),
                refusals,
                registry,
                !promises.breaks(BrokenPromise.UNBOUNDED_REQUEST_QUEUE));
        OfficerTokens tokens = new OfficerTokens(
                database.inTransaction(c -> ServiceSecrets.loadOrCreate(c, ServiceSecrets.TOKEN_KEY)),
                clock,
                config.logins().accessTokenLifetime(),
                config.logins().refreshTokenLifetime());
        AccessCodes accessCodes = new AccessCodes(
                database.inTransaction(c -> ServiceSecrets.loadOrCreate(c, ServiceSecrets.ACCESS_CODE_KEY)));
        Credentials credentials = new Credentials(tokens, accessCodes, registry);
        LoginService logins = new LoginService(
                database,
                new AccountRepository(),
                new PasswordHash(PasswordHash.Cost.OWASP),
                tokens,
                config.logins().maxConcurrentLogins(),
                registry);
        String baseUrl = config.publicBaseUrl().orElse(null);
        // The QR code needs the port, which a free-port start knows only once Jetty listens: resolved lazily.
        PublicAddress address = new PublicAddress(config.host(), baseUrl);
        CertificateIssuer issuer =
                new CertificateIssuer(signer, new CertificatePdfRenderer(), certificates, address::baseUrl);
        ExternalServices external =
                ExternalServices.at(config.externalServices().map(URI::create), registry);
        Outbox outbox = new Outbox();
        FeeCollector fees = new FeeCollector(external, database, promises);
        SubmissionService submissions = new SubmissionService(
                database,
                documents,
                guard,
                catalogue,
                applications,
                new IdentityCheck(external),
                fees,
                outbox,
                accessCodes,
                clock,
                registry);
        CertificateVerifier verifier = new CertificateVerifier(database, certificates, signer, clock);
        ReviewService reviews = new ReviewService(
                database,
                applications,
                catalogue,
                issuer,
                verifier,
                new LandRecords(external),
                outbox,
                credentials,
                clock);
        ApplicationRoutes applicationRoutes = new ApplicationRoutes(
                submissions,
                reviews,
                database,
                applications,
                spool,
                credentials,
                catalogue,
                new StatusAnswers(applications));
        CertificateRoutes certificateRoutes = new CertificateRoutes(database, certificates, verifier, credentials);
        HealthRoutes healthRoutes = new HealthRoutes(database, guard, refusals, registry, promises);
        HttpMetrics httpMetrics = new HttpMetrics(registry);
        ProblemResponses problems = new ProblemResponses(registry);
        BodyReceiver bodies =
                new BodyReceiver(config.bodyLimits(), MultipartSubmission.MAX_REQUEST_BYTES, refusals, registry);

        Javalin javalin = Javalin.create(cfg -> {
            configureServer(cfg, config, bodies);
            httpMetrics.register(cfg.routes);
            admission.register(cfg.routes);
            problems.register(cfg.routes);
            new AuthRoutes(logins).register(cfg.routes);
            applicationRoutes.register(cfg.routes);
            certificateRoutes.register(cfg.routes);
            healthRoutes.register(cfg.routes);
        });
        try {
            javalin.start(config.host(), config.port());
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
        address.bind(javalin.port());
        List<AutoCloseable> workers = new ArrayList<>();
        workers.add(new OutboxWorker(database, external, registry));
        workers.add(new StorageUsage(database, documents, STORAGE_USAGE_INTERVAL, registry));
        if (external.enabled()) {
            workers.add(new FeeReconciler(database, fees, catalogue, FEE_RECONCILIATION_INTERVAL));
        }
        return new ServiceApp(javalin, guard, workers);
    }

    public int port() {
        return javalin.port();
    }

    public StorageGuard storageGuard() {
        return storageGuard;
    }

    @Override
    public void close() {
        javalin.stop();
        for (AutoCloseable worker : workers) {
            try {
                worker.close();
            } catch (Exception e) {
                // stopping anyway: a worker that fails to stop is a daemon thread and ends with the JVM
            }
        }
        storageGuard.close();
    }

    private static void configureServer(JavalinConfig cfg, ServiceConfig config, BodyReceiver bodies) {
        cfg.jsonMapper(Json.javalinMapper());
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = BodyReceiver.MAX_JSON_BYTES;
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyServer(server -> {
            // Jetty's own refusals (bad request line, URI or headers too long) as problems, not HTML pages.
            server.setErrorHandler(new ProblemErrorHandler());
            // Bodies arrive in full before a request takes a thread of the application or an admission permit.
            server.insertHandler(bodies);
        });
        // No per-connection header cache: at Jetty's default (1,024 entries) each connection that served two
        // requests keeps a 96 KB table, and a slowing service's clients open thousands of connections (one per
        // request in flight, kept in their pools): at results day's burst they held 415 MB of the 512 MB heap and
        // the service ran out of memory. Jetty's static cache of common headers still applies.
        cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
        QueuedThreadPool threads = new QueuedThreadPool(config.maxInFlight() + SPARE_THREADS, 8, 60_000);
        threads.setName("http");
        cfg.jetty.threadPool = threads;
    }

    private static void bindJvmMetrics(PrometheusMeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** A new Prometheus registry, for callers that start the app. */
    public static PrometheusMeterRegistry newRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /** The address printed in QR codes: the configured public URL, or the listening address once known. */
    static final class PublicAddress {
        private final String host;
        private final String configured;
        private volatile String bound;

        PublicAddress(String host, String configured) {
            this.host = host;
            this.configured = configured;
        }

        void bind(int port) {
            bound = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        String baseUrl() {
            return configured != null ? configured : bound;
        }
    }
}
