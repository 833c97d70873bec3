package org.sevasurge.testbed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a testbed starts its service beyond the defaults, for a scenario that needs it: the documents volume on a
 * directory of its own (a small tmpfs for the disk-full scenario), extra service options (e.g. a faster storage
 * check) and extra environment (e.g. allowing a test-only broken-promise switch). Immutable.
 *
 * @param documentsDir the service's {@code --documents} directory, or null for the work directory's
 * @param arguments    extra service options, appended to the testbed's own
 * @param environment  extra environment variables of the service's JVM
 */
public record ServiceOptions(@Nullable Path documentsDir, List<String> arguments, Map<String, String> environment) {

    /** Nothing beyond the defaults. */
    public static final ServiceOptions NONE = new ServiceOptions(null, List.of(), Map.of());

    public ServiceOptions {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** @return whether these are the defaults */
    public boolean none() {
        return documentsDir == null && arguments.isEmpty() && environment.isEmpty();
    }
}
