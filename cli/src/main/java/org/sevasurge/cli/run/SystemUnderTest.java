package org.sevasurge.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.Testbeds;

/**
 * Brings the system under test up for a command: an embedded testbed (PostgreSQL, mocks and service on free
 * loopback ports, in scratch space under {@code target/testbeds/}), a containers testbed, or a check that the
 * external target answers ready. Registered with the command's {@link Cleanup}, so it comes down also on Ctrl-C. Stateless.
 */
public final class SystemUnderTest {
    private SystemUnderTest() {}

    /** @return the started (or checked) testbed, already registered for cleanup */
    public static Testbed start(TargetOptions target, Cleanup cleanup, PrintWriter out)
            throws IOException, InterruptedException {
        return start(target.testbedOptions(), cleanup, out);
    }

    /** @return the testbed {@code options} describe, started (or checked) and registered for cleanup */
    public static Testbed start(TestbedOptions options, Cleanup cleanup, PrintWriter out)
            throws IOException, InterruptedException {
        switch (options.mode()) {
            case EMBEDDED -> out.println("sevasurge: starting the embedded testbed (PostgreSQL, mocks, service)...");
            case CONTAINERS ->
                out.println("sevasurge: starting the containers testbed (PostgreSQL, mocks, service;"
                        + " service limits " + options.containers().service() + ")...");
            case EXTERNAL -> out.println("sevasurge: checking the target " + options.target() + " ...");
        }
        out.flush();
        Testbed testbed = cleanup.register(Testbeds.start(options));
        out.println(
                options.mode() == org.sevasurge.testbed.TestbedMode.EXTERNAL
                        ? "target ready on " + testbed.baseUrl()
                        : "testbed ready on " + testbed.baseUrl() + " ("
                                + options.mode().name().toLowerCase(java.util.Locale.ROOT) + ", " + testbed.processIds()
                                + ")");
        return testbed;
    }
}
