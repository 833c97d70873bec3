package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.ProfileBoard;
import org.sevasurge.mocks.payment.ChargeLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five simulated government services (eKYC, payment, SMS, DigiLocker, land records) on one
 * WireMock server on 127.0.0.1, with a fault profile per service that can be switched at any
 * time, from Java here or over HTTP through {@code /__sevasurge/profiles}.
 *
 * <pre>{@code
 * try (GovernmentServiceMocks mocks = GovernmentServiceMocks.start(MockOptions.defaults())) {
 *   String base = mocks.baseUrl();                      // http://127.0.0.1:<free port>
 *   mocks.setProfile(ExternalService.PAYMENT, FaultProfile.SLOW);
 * }
 * }</pre>
 *
 * <p>Thread-safe: profiles may be switched from any thread while requests are served.
 */
public final class GovernmentServiceMocks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GovernmentServiceMocks.class);

    private final MockOptions options;
    private final ProfileBoard board;
    private final ChargeLedger ledger;
    private final WireMockServer server;

    private GovernmentServiceMocks(
            MockOptions options, ProfileBoard board, ChargeLedger ledger, WireMockServer server) {
        this.options = options;
        this.board = board;
        this.ledger = ledger;
        this.server = server;
    }

    /** Starts the mocks with {@link MockOptions#defaults()}: a free port, every service healthy. */
    public static GovernmentServiceMocks start() {
        return start(MockOptions.defaults());
    }

    /**
     * Starts the mocks and returns once they answer.
     *
     * @throws IllegalStateException if the port is taken or the server cannot start
     */
    public static GovernmentServiceMocks start(MockOptions options) {
        ProfileBoard board = new ProfileBoard(options.profiles());
        ChargeLedger ledger = new ChargeLedger();
        WireMockSetup setup = new WireMockSetup(options, board, ledger);
        WireMockServer server = new WireMockServer(setup.configuration());
        setup.registerStubs(server);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException(
                    "could not start the mocks on 127.0.0.1:" + options.port() + ": " + cause.getMessage(), e);
        }
        LOG.info("mocks listening on http://127.0.0.1:{} with profiles {}", server.port(), board);
        return new GovernmentServiceMocks(options, board, ledger, server);
    }

    /** The port the mocks listen on (the free one picked, if port 0 was asked for). */
    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash; the paths of every service hang off it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The profile {@code service} runs under now. */
    public FaultProfile profile(ExternalService service) {
        return board.get(service);
    }

    /** The profile of every service now. */
    public Map<ExternalService, FaultProfile> profiles() {
        return board.snapshot();
    }

    /** Switches one service at once (requests already waiting keep their old delay); returns the previous profile. */
    public FaultProfile setProfile(ExternalService service, FaultProfile profile) {
        FaultProfile previous = board.set(service, profile);
        LOG.info("profile of {}: {} -> {}", service.id(), previous.id(), profile.id());
        return previous;
    }

    /** Switches every service to {@code profile}. */
    public void setProfileOfAll(FaultProfile profile) {
        for (ExternalService service : ExternalService.values()) {
            board.set(service, profile);
        }
        LOG.info("profile of every service: {}", profile.id());
    }

    /** Puts every service back on the profile it started with. */
    public void resetProfiles() {
        board.setAll(options.profiles());
    }

    /** Every charge the payment gateway made, to prove that nothing was charged twice. */
    public ChargeLedger payments() {
        return ledger;
    }

    /** The options the mocks were started with. */
    public MockOptions options() {
        return options;
    }

    /** Whether the server still runs. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops the server and drops answers still waiting (blackholes, delays). Idempotent. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
            LOG.info("mocks stopped");
        }
    }

    private static void stopQuietly(WireMockServer server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Best effort (WireMock rethrows checked exceptions unchecked, hence Exception): a
            // half-started Jetty may already run threads that would outlive the failed start.
        }
    }
}
