package org.sevasurge.cli.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.search.StorageFootprint;
import org.sevasurge.simulations.recording.AckLedger;
import org.sevasurge.simulations.recording.LedgerEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bytes per acknowledged application, measured during a search: for each staircase, the growth of the service's
 * {@code documentBytesWritten} and {@code databaseSizeBytes} between its first and last scrape, over the 201s
 * acknowledged between those scrapes. Null when the service does not expose the two metrics. Stateless.
 */
final class StorageMeasure {
    private StorageMeasure() {
    }

    static StorageFootprint of(Path searchDir, List<SearchedStep> steps) {
        Set<String> staircases = new LinkedHashSet<>();
        steps.forEach(step -> staircases.add(step.staircase()));
        long acknowledged = 0;
        double documents = 0;
        double database = 0;
        boolean measured = false;
        for (String staircase : staircases) {
            Path dir = searchDir.resolve(staircase);
            List<JsonNode> samples = LoadRunFolder.open(dir).serverMetrics().stream()
                    .filter(s -> s.hasNonNull("documentBytesWritten") && s.hasNonNull("databaseSizeBytes")).toList();
            if (samples.size() < 2 || !Files.isRegularFile(dir.resolve(RunLayout.LEDGER))) {
                continue;
            }
            JsonNode first = samples.get(0);
            JsonNode last = samples.get(samples.size() - 1);
            long from = LoadRunFolder.timeOf(first, RunLayout.SERVER_METRICS);
            long to = LoadRunFolder.timeOf(last, RunLayout.SERVER_METRICS);
            long acked = AckLedger.read(dir.resolve(RunLayout.LEDGER)).stream().map(LedgerEntry::ackedAt)
                    .filter(t -> t.toEpochMilli() >= from && t.toEpochMilli() <= to).count();
            acknowledged += acked;
            documents += last.get("documentBytesWritten").asDouble() - first.get("documentBytesWritten").asDouble();
            database += last.get("databaseSizeBytes").asDouble() - first.get("databaseSizeBytes").asDouble();
            measured = true;
        }
        if (!measured || acknowledged == 0) {
            return null;
        }
        return new StorageFootprint(acknowledged, documents / acknowledged, database / acknowledged);
    }
}
