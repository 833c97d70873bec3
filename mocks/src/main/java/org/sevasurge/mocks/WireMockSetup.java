package org.sevasurge.mocks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.admin.AdminStubs;
import org.sevasurge.mocks.digilocker.DigiLockerIssuer;
import org.sevasurge.mocks.ekyc.EkycVerifier;
import org.sevasurge.mocks.faults.FaultPlanner;
import org.sevasurge.mocks.faults.ProfileBoard;
import org.sevasurge.mocks.landrecords.PlotRegister;
import org.sevasurge.mocks.payment.ChargeLedger;
import org.sevasurge.mocks.payment.PaymentStubs;
import org.sevasurge.mocks.sms.SmsGateway;

/** Builds the WireMock configuration and stubs of one mocks server. Used once, while starting. */
final class WireMockSetup {

    /**
     * Added to the blackhole time to get Jetty's timeout for suspended requests, so Jetty never
     * ends a held request early with its own error. (Its idle timeout does not touch them.)
     */
    private static final int ASYNC_TIMEOUT_MARGIN_MILLIS = 60_000;

    private final MockOptions options;
    private final ProfileBoard board;
    private final List<StubSet> stubSets;

    WireMockSetup(MockOptions options, ProfileBoard board, ChargeLedger ledger) {
        this.options = options;
        this.board = board;
        this.stubSets = List.of(
                OneRouteStubs.post(ExternalService.EKYC, EkycVerifier.VERIFY_PATH, "ekyc.verify", new EkycVerifier()),
                new PaymentStubs(ledger),
                OneRouteStubs.post(ExternalService.SMS, SmsGateway.MESSAGES_PATH, "sms.send", new SmsGateway()),
                OneRouteStubs.post(
                        ExternalService.DIGILOCKER,
                        DigiLockerIssuer.DOCUMENTS_PATH,
                        "digilocker.push",
                        new DigiLockerIssuer()),
                OneRouteStubs.get(
                        ExternalService.LAND_RECORDS, PlotRegister.PLOTS_PATH, "landrecords.plot", new PlotRegister()),
                new AdminStubs(board));
    }

    WireMockConfiguration configuration() {
        Map<String, Responder> responders = new HashMap<>();
        for (StubSet set : stubSets) {
            set.responders().forEach((name, responder) -> {
                if (responders.putIfAbsent(name, responder) != null) {
                    throw new IllegalStateException("two stub sets name the responder " + name);
                }
            });
        }
        FaultPlanner planner = new FaultPlanner(options.faults(), options.dribbleSlots());
        int heldMillis = (int)
                Math.min(Integer.MAX_VALUE, (long) options.faults().blackholeMillis() + ASYNC_TIMEOUT_MARGIN_MILLIS);
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(options.port())
                // Connection faults are defined for HTTP/1.1; h2c would change what clients see.
                .http2PlainDisabled(true)
                // A gzip filter would buffer dribbled bodies and hide the dribble.
                .gzipDisabled(true)
                .templatingEnabled(false)
                // Else WireMock pretty-prints every request and answer into a log string, a large CPU cost.
                .stubRequestLoggingDisabled(true)
                // Delayed answers wait as scheduled tasks, not as sleeping Jetty threads.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(options.asyncResponseThreads())
                .timeout(heldMillis)
                // No stub files: a stray ./mappings folder must not add stubs to the simulators.
                .withRootDirectory(Path.of(System.getProperty("java.io.tmpdir"), "sevasurge-mocks-no-files")
                        .toString())
                .notifier(new WireMockLogBridge())
                .httpServerFactory(new MockHttpServerFactory())
                .extensions(new ServiceTransformer(board, planner, responders));
        return options.requestJournalEntries() == 0
                ? config.disableRequestJournal()
                : config.maxRequestJournalEntries(options.requestJournalEntries());
    }

    void registerStubs(WireMockServer server) {
        for (StubSet set : stubSets) {
            set.stubs().forEach(server::stubFor);
        }
        server.stubFor(any(anyUrl())
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"NOT_FOUND\",\"message\":\"no simulated service here\"}")));
    }
}
