package org.sevasurge.cli.season;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.cli.run.InjectorProperties;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.run.RunSettings;

/**
 * The system properties of a season run's injector (the simulations' {@link RunSettings} reads them). Immutable.
 *
 * @param target      the service's base URL
 * @param profile     the calendar profile
 * @param workload    seed and calendar
 * @param compression the compression override, or null
 * @param rateFactor  the rate factor
 * @param runsDir     the runs folder
 * @param runId       the run id
 */
record SeasonRunProperties(
        URI target,
        String profile,
        WorkloadOptions workload,
        @Nullable Double compression,
        double rateFactor,
        Path runsDir,
        String runId) {

    Map<String, String> asMap() {
        Map<String, String> properties =
                InjectorProperties.of(RunSettings.SEASON, target, profile, workload, runsDir, runId);
        if (compression != null) {
            properties.put("sevasurge.compression", String.valueOf(compression));
        }
        properties.put("sevasurge.rateFactor", String.valueOf(rateFactor));
        return properties;
    }
}
