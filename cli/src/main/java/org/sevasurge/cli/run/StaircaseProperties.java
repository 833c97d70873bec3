package org.sevasurge.cli.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.sevasurge.simulations.run.RunSettings;

/**
 * The system properties of one staircase's injector (a capacity search's, or a phase of the injector benchmark):
 * its run folder is {@code <runsDir>/<runId>/}, where {@code staircase.json} waits for it. Immutable.
 *
 * @param target   the service's base URL
 * @param profile  the calendar profile whose SLOs and read factor apply
 * @param workload seed and calendar
 * @param runsDir  the folder that holds the staircase's run folder
 * @param runId    the staircase's folder name
 */
public record StaircaseProperties(URI target, String profile, WorkloadOptions workload, Path runsDir, String runId) {

    /** @return the properties, in the order they are passed */
    public Map<String, String> asMap() {
        return InjectorProperties.of(RunSettings.STAIRCASE, target, profile, workload, runsDir, runId);
    }
}
