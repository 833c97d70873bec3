package org.sevasurge.cli.capacity;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.search.StorageFootprint;
import org.sevasurge.capacity.search.StorageFootprints;

/**
 * Bytes per acknowledged application, measured during a search over its staircases ({@link StorageFootprints}).
 * Null when the service does not expose the two metrics. Stateless.
 */
final class StorageMeasure {
    private StorageMeasure() {}

    static StorageFootprint of(Path searchDir, List<SearchedStep> steps) {
        Set<String> staircases = new LinkedHashSet<>();
        steps.forEach(step -> staircases.add(step.staircase()));
        return StorageFootprints.measure(staircases.stream()
                .map(s -> LoadRunFolder.open(searchDir.resolve(s)))
                .toList());
    }
}
