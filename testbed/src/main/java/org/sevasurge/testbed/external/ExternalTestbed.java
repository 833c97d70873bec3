package org.sevasurge.testbed.external;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.health.Readiness;

/** A service at a base URL, checked for readiness once; closing it does nothing. Immutable and thread-safe. */
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
        String scheme = target.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || target.getHost() == null) {
            throw new IllegalArgumentException("--target '" + target + "': accepted values: an http:// or https://"
                    + " base URL, e.g. http://127.0.0.1:8080");
        }
        String text = target.toString();
        URI base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        try {
            new Readiness().await(base, CHECK_TIMEOUT);
        } catch (IOException e) {
            throw new IOException("external target " + base + " is unreachable or not ready, so no load was sent ("
                    + e.getMessage() + "); start the service there or pass another --target", e);
        }
        return new ExternalTestbed(base);
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
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
