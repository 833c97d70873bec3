package org.sevasurge.testbed;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How to bring a testbed up. Immutable.
 *
 * @param mode     embedded or external
 * @param target   the external service's base URL (external mode only, else null)
 * @param workDir  embedded mode: where PostgreSQL's data, the service's data and the process logs go
 * @param keepData embedded mode: keep the PostgreSQL and document data after teardown (logs are always kept)
 */
public record TestbedOptions(TestbedMode mode, URI target, Path workDir, boolean keepData) {

    public TestbedOptions {
        Objects.requireNonNull(mode, "mode");
        if (mode == TestbedMode.EXTERNAL && target == null) {
            throw new IllegalArgumentException("--target URL is required with --mode external");
        }
        if (mode == TestbedMode.EMBEDDED && target != null) {
            throw new IllegalArgumentException("--target is only for --mode external; embedded starts its own service");
        }
        if (mode == TestbedMode.EMBEDDED) {
            Objects.requireNonNull(workDir, "workDir");
        }
    }

    /** Embedded, in a fresh work directory under {@code parent} named after the current time. */
    public static TestbedOptions embedded(Path parent) {
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        return new TestbedOptions(TestbedMode.EMBEDDED, null, parent.resolve(name), false);
    }

    public static TestbedOptions external(URI target) {
        return new TestbedOptions(TestbedMode.EXTERNAL, target, null, false);
    }
}
