package org.sevasurge.simulations.season;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.sevasurge.simulations.run.RunSettings;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.Testbeds;

/**
 * The service a simulation runs against, from {@code sevasurge.target}: {@code embedded} starts an embedded testbed
 * (PostgreSQL, mocks and service JVMs on free loopback ports, under {@code sevasurge.testbed.dir}, default
 * {@code target/sevasurge/testbed}) and points the run at it; a URL is checked with {@code GET /health/ready}
 * before any load, so an unreachable target fails at once, naming the URL. Closing tears down what was started.
 * Thread-safe as its testbed is.
 */
final class SystemUnderTest implements AutoCloseable {

    static final String EMBEDDED = "embedded";

    private final RunSettings settings;
    private final Testbed testbed;

    private SystemUnderTest(RunSettings settings, Testbed testbed) {
        this.settings = settings;
        this.testbed = testbed;
    }

    static SystemUnderTest fromSystemProperties() {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        String target = properties.getProperty("sevasurge.target", "http://127.0.0.1:8080");
        TestbedOptions options = EMBEDDED.equals(target)
                ? TestbedOptions.embedded(Path.of(properties.getProperty("sevasurge.testbed.dir", "target/sevasurge/testbed")))
                : TestbedOptions.external(URI.create(target));
        try {
            Testbed testbed = Testbeds.start(options);
            properties.setProperty("sevasurge.target", testbed.baseUrl().toString());
            return new SystemUnderTest(RunSettings.from(properties), testbed);
        } catch (IOException e) {
            throw new IllegalStateException("no load sent: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the testbed came up", e);
        }
    }

    /** The run's settings, with {@code target} the testbed's actual base URL. */
    RunSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        testbed.close();
    }
}
