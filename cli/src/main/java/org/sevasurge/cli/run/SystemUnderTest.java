package org.sevasurge.cli.run;

import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.Testbeds;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Brings the system under test up for a command: an embedded testbed (PostgreSQL, mocks and service on free
 * loopback ports, in scratch space under {@code target/testbeds/}) or a check that the external target answers
 * ready. Registered with the command's {@link Cleanup}, so it comes down also on Ctrl-C. Stateless.
 */
public final class SystemUnderTest {
    private SystemUnderTest() {
    }

    /** @return the started (or checked) testbed, already registered for cleanup */
    public static Testbed start(TargetOptions target, Cleanup cleanup, PrintWriter out)
            throws IOException, InterruptedException {
        if (target.embedded()) {
            out.println("sevasurge: starting the embedded testbed (PostgreSQL, mocks, service)...");
            out.flush();
            Testbed testbed = cleanup.register(Testbeds.start(TestbedOptions.embedded(Home.testbeds())));
            out.println("testbed ready on " + testbed.baseUrl() + " (embedded, pids " + testbed.processIds() + ")");
            return testbed;
        }
        out.println("sevasurge: checking the target " + target.url() + " ...");
        out.flush();
        Testbed testbed = cleanup.register(Testbeds.start(TestbedOptions.external(target.url())));
        out.println("target ready on " + testbed.baseUrl());
        return testbed;
    }
}
