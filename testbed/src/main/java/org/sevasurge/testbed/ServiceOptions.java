package org.sevasurge.testbed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a testbed starts its service beyond the defaults, for a scenario that needs it: the documents or the database on
 * a volume of its own (a small tmpfs for the disk-full scenarios), extra service options (e.g. a faster storage
 * check) and extra environment (e.g. allowing a test-only broken-promise switch). Immutable.
 *
 * @param documentsDir   the service's {@code --documents} directory, or null for the work directory's
 * @param databaseVolume a directory on a volume of its own for PostgreSQL (its data in {@code postgres/} there, the
 *                       database volume's ballast beside it), or null for the work directory
 * @param arguments      extra service options, appended to the testbed's own
 * @param environment    extra environment variables of the service's JVM
 */
public record ServiceOptions(
        @Nullable Path documentsDir,
        @Nullable Path databaseVolume,
        List<String> arguments,
        Map<String, String> environment) {

    /** Nothing beyond the defaults. */
    public static final ServiceOptions NONE = new ServiceOptions(null, null, List.of(), Map.of());

    public ServiceOptions {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** @return these options with the documents on {@code directory} */
    public ServiceOptions withDocuments(Path directory) {
        return new ServiceOptions(directory, databaseVolume, arguments, environment);
    }

    /** @return these options with PostgreSQL on the volume of {@code directory} */
    public ServiceOptions withDatabaseVolume(Path directory) {
        return new ServiceOptions(documentsDir, directory, arguments, environment);
    }

    /** @return whether these are the defaults */
    public boolean none() {
        return documentsDir == null && databaseVolume == null && arguments.isEmpty() && environment.isEmpty();
    }
}
