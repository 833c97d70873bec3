package org.sevasurge.cli.capacity;

import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.run.RunSettings;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system properties of one staircase's injector: its run folder is {@code <search folder>/<name>/}. Immutable.
 *
 * @param target    the service's base URL
 * @param settings  the search's settings
 * @param workload  seed and calendar
 * @param searchDir the search's run folder (the staircase's "runs" folder)
 * @param name      the staircase's folder name
 */
record StaircaseProperties(URI target, SearchSettings settings, WorkloadOptions workload, Path searchDir, String name) {

    Map<String, String> asMap() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sevasurge.kind", RunSettings.STAIRCASE);
        properties.put("sevasurge.target", target.toString());
        properties.put("sevasurge.profile", settings.profile());
        properties.put("sevasurge.seed", String.valueOf(workload.seed()));
        if (workload.calendarFile() != null) {
            properties.put("sevasurge.calendar", workload.calendarFile().toString());
        }
        properties.put("sevasurge.runs.dir", searchDir.toString());
        properties.put("sevasurge.run.id", name);
        return properties;
    }
}
