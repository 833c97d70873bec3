package org.sevasurge.testbed.external;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.UnsupportedTestbedOperationException;
import org.sevasurge.testbed.VolumeUsage;
import org.sevasurge.testbed.health.Readiness;

/**
 * A service at a base URL, checked for readiness once; closing it does nothing. It supports no fault operation:
 * each throws {@link UnsupportedTestbedOperationException} saying so. Immutable and thread-safe.
 */
public final class ExternalTestbed implements Testbed {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;

    private ExternalTestbed(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Checks that the service at {@code target} answers {@code GET /health/ready} with 200 before any load.
     *
     * @throws IOException naming the URL when it is unreachable or not ready within 10 s
     */
    public static ExternalTestbed check(URI target) throws IOException, InterruptedException {
        return check(target, CHECK_TIMEOUT);
    }

    /** As {@link #check(URI)}, waiting at most {@code timeout} (a test need not wait 10 s for a closed port). */
    static ExternalTestbed check(URI target, Duration timeout) throws IOException, InterruptedException {
        String scheme = target.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || target.getHost() == null) {
            throw new IllegalArgumentException("--target '" + target + "': accepted values: an http:// or https://"
                    + " base URL, e.g. http://127.0.0.1:8080");
        }
        String text = target.toString();
        URI base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        try {
            new Readiness().await(base, timeout);
        } catch (IOException e) {
            throw new IOException(
                    "external target " + base + " is unreachable or not ready, so no load was sent (" + e.getMessage()
                            + "); start the service there or pass another --target",
                    e);
        }
        return new ExternalTestbed(base);
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public TestbedMode mode() {
        return TestbedMode.EXTERNAL;
    }

    @Override
    public boolean supports(TestbedOperation operation) {
        return false;
    }

    @Override
    public void killService() {
        throw unsupported(TestbedOperation.KILL_SERVICE);
    }

    @Override
    public void restartService() {
        throw unsupported(TestbedOperation.RESTART_SERVICE);
    }

    @Override
    public void stopDatabase() {
        throw unsupported(TestbedOperation.STOP_DATABASE);
    }

    @Override
    public void startDatabase() {
        throw unsupported(TestbedOperation.START_DATABASE);
    }

    @Override
    public VolumeUsage documentsVolume() {
        throw unsupported(TestbedOperation.FILL_DOCUMENTS_VOLUME);
    }

    @Override
    public VolumeUsage fillDocumentsVolume(double freeShare) {
        throw unsupported(TestbedOperation.FILL_DOCUMENTS_VOLUME);
    }

    @Override
    public VolumeUsage freeDocumentsVolume() {
        throw unsupported(TestbedOperation.FILL_DOCUMENTS_VOLUME);
    }

    private UnsupportedTestbedOperationException unsupported(TestbedOperation operation) {
        return new UnsupportedTestbedOperationException(
                operation,
                TestbedMode.EXTERNAL,
                "it did not start the service"
                        + " at " + baseUrl
                        + " and cannot reach its processes or volumes; run the scenario with --testbed"
                        + " embedded or containers, or cause the fault on that system yourself");
    }

    @Override
    public OptionalLong servicePid() {
        return OptionalLong.empty();
    }

    @Override
    public Map<String, Long> processIds() {
        return Map.of();
    }

    @Override
    public void close() {
        // Someone else's service: nothing to stop.
    }
}
