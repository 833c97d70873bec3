package org.sevasurge.cli.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sevasurge.simulations.run.RunSettings;

/**
 * The system properties every injector run is given, whatever its kind (the simulations' {@link RunSettings} reads
 * them): written in one place so that a season run and a staircase cannot pass them differently. Stateless.
 */
public final class InjectorProperties {
    private InjectorProperties() {}

    /**
     * @param kind     the run's kind, e.g. {@link RunSettings#SEASON}
     * @param target   the service's base URL
     * @param profile  the calendar profile
     * @param workload seed and calendar
     * @param runsDir  the folder that holds the run's folder
     * @param runId    the run's folder name
     * @return the properties, in the order they are passed; a caller may add its kind's own
     */
    public static Map<String, String> of(
            String kind, URI target, String profile, WorkloadOptions workload, Path runsDir, String runId) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sevasurge.kind", kind);
        properties.put("sevasurge.target", target.toString());
        properties.put("sevasurge.profile", profile);
        properties.put("sevasurge.seed", String.valueOf(workload.seed()));
        if (workload.calendarFile() != null) {
            properties.put("sevasurge.calendar", workload.calendarFile().toString());
        }
        properties.put("sevasurge.runs.dir", runsDir.toString());
        properties.put("sevasurge.run.id", runId);
        return properties;
    }
}
