package org.sevasurge.cli.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOperation;

/**
 * Causes and heals one fault: a dependency's fault profile switched through the mocks' admin API
 * ({@code PUT /__sevasurge/profiles/{service}}), or one of the testbed's operations. Each call returns once the
 * fault is in effect (or healed): the volume filled, the process gone, the service answering ready again. A change
 * of the offered load (an overload, a backlog) is planned in the injector's steps beforehand and needs no action
 * here. Thread-safe (the testbed serialises its operations).
 */
final class FaultActions {
    private static final String PROFILES_PATH = "/__sevasurge/profiles/";
    private static final String HEALTHY = "healthy";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    /**
     * A fill leaves 3 % free: past the service's flood watermark (95 % used) with room for dozens of submissions, so
     * what refuses them is the storage guard, not a disk already full (whose ENOSPC answers 507 too).
     */
    static final double FLOOD_FREE_SHARE = 0.03;

    private final Testbed testbed;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(ADMIN_TIMEOUT).build();

    FaultActions(Testbed testbed) {
        this.testbed = testbed;
    }

    /** @return why this testbed cannot cause {@code fault}, or null when it can */
    @Nullable
    String whyNot(FaultEntry fault) {
        return switch (fault.target().kind()) {
            case DEPENDENCY ->
                testbed.mocksBaseUrl().isPresent()
                        ? null
                        : "the target's dependencies are not the mocks of a testbed (use --target embedded)";
            case SERVICE -> unsupported(TestbedOperation.KILL_SERVICE, TestbedOperation.RESTART_SERVICE);
            case DATABASE -> unsupported(TestbedOperation.STOP_DATABASE, TestbedOperation.START_DATABASE);
            case DOCUMENTS_VOLUME -> unsupported(TestbedOperation.FILL_DOCUMENTS_VOLUME);
            case DATABASE_VOLUME -> unsupported(TestbedOperation.FILL_DATABASE_VOLUME);
            case LOAD, BACKLOG -> null;
        };
    }

    private @Nullable String unsupported(TestbedOperation... operations) {
        for (TestbedOperation operation : operations) {
            if (!testbed.supports(operation)) {
                return "the " + testbed.mode().optionValue() + " testbed cannot " + operation.methodName();
            }
        }
        return null;
    }

    void cause(FaultEntry fault) throws IOException, InterruptedException {
        switch (fault.target().kind()) {
            case DEPENDENCY -> profile(fault.target().id(), fault.action());
            case SERVICE -> testbed.killService();
            case DATABASE -> testbed.stopDatabase();
            case DOCUMENTS_VOLUME -> testbed.fillDocumentsVolume(FLOOD_FREE_SHARE);
            case DATABASE_VOLUME -> testbed.fillDatabaseVolume(FLOOD_FREE_SHARE);
            case LOAD, BACKLOG -> {
                // The injector's plan raises the rate (see LoadSteps); the timeline only records when.
            }
        }
    }

    void heal(FaultEntry fault) throws IOException, InterruptedException {
        switch (fault.target().kind()) {
            case DEPENDENCY -> profile(fault.target().id(), HEALTHY);
            case SERVICE -> testbed.restartService();
            case DATABASE -> testbed.startDatabase();
            case DOCUMENTS_VOLUME -> testbed.freeDocumentsVolume();
            case DATABASE_VOLUME -> testbed.freeDatabaseVolume();
            case LOAD, BACKLOG -> {
                // As above: the plan lowers the rate again.
            }
        }
    }

    private void profile(String service, String profile) throws IOException, InterruptedException {
        URI mocks = testbed.mocksBaseUrl().orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(mocks.resolve(PROFILES_PATH + service))
                .timeout(ADMIN_TIMEOUT)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"profile\": \"" + profile + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the mocks refused profile " + profile + " for " + service + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }
}
