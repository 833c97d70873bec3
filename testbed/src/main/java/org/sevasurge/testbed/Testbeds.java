package org.sevasurge.testbed;

import java.io.IOException;
import org.sevasurge.testbed.containers.ContainersTestbed;
import org.sevasurge.testbed.embedded.EmbeddedTestbed;
import org.sevasurge.testbed.external.ExternalTestbed;

/**
 * Starts the testbed a mode asks for. Stateless and thread-safe.
 */
public final class Testbeds {

    private Testbeds() {}

    /** Starts (embedded, containers) or checks (external) the system under test; returns once it answers ready. */
    public static Testbed start(TestbedOptions options) throws IOException, InterruptedException {
        return switch (options.mode()) {
            case EMBEDDED -> EmbeddedTestbed.start(options.workDir(), options.keepData(), options.service());
            case CONTAINERS -> ContainersTestbed.start(options.workDir(), options.containers());
            case EXTERNAL -> ExternalTestbed.check(options.target());
        };
    }
}
