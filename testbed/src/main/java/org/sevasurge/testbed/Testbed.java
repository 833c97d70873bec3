package org.sevasurge.testbed;

import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A running system under test, ready for load. Closing it tears down whatever it started (nothing, for an
 * external one); close is idempotent. Implementations are thread-safe: a shutdown hook may close a testbed
 * while another thread reads its URL.
 */
public interface Testbed extends AutoCloseable {

    /** The certificate service's base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    URI baseUrl();

    /** The service JVM's process id when this testbed started it (so a test can kill it), else empty. */
    OptionalLong servicePid();

    /** What this testbed runs, by role ({@code service}, {@code mocks}, {@code postgres}): process ids, for a state file. */
    Map<String, Long> processIds();

    /** Tears down what this testbed started; never throws for a process that is already gone. */
    @Override
    void close();
}
