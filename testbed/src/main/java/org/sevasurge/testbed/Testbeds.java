package org.sevasurge.testbed;

import java.io.IOException;
import org.sevasurge.testbed.embedded.EmbeddedTestbed;
import org.sevasurge.testbed.external.ExternalTestbed;

/**
 * Starts the testbed a mode asks for. This is the seam for a containers mode: a new {@link TestbedMode} value and
 * one more case here. Stateless and thread-safe.
 */
public final class Testbeds {

    private Testbeds() {
    }

    /** Starts (embedded) or checks (external) the system under test; returns once it answers ready. */
    public static Testbed start(TestbedOptions options) throws IOException, InterruptedException {
        return switch (options.mode()) {
            case EMBEDDED -> EmbeddedTestbed.start(options.workDir(), options.keepData());
            case EXTERNAL -> ExternalTestbed.check(options.target());
        };
    }
}
