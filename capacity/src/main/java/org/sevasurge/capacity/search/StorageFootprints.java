package org.sevasurge.capacity.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * Bytes per acknowledged application, measured in load run folders: for each folder, the growth of the service's
 * {@code documentBytesWritten} and {@code databaseSizeBytes} between its first and last scrape, over the 201s of
 * its ledger acknowledged between those scrapes. Stateless.
 */
public final class StorageFootprints {
    private StorageFootprints() {}

    /** @return the footprint over every folder, or null when none exposes the two metrics and a ledger */
    public static @Nullable StorageFootprint measure(List<LoadRunFolder> runs) {
        long acknowledged = 0;
        double documents = 0;
        double database = 0;
        boolean measured = false;
        for (LoadRunFolder run : runs) {
            List<JsonNode> samples = run.serverMetrics().stream()
                    .filter(s -> s.hasNonNull("documentBytesWritten") && s.hasNonNull("databaseSizeBytes"))
                    .toList();
            List<JsonNode> ledger = run.ledger();
            if (samples.size() < 2 || ledger.isEmpty()) {
                continue;
            }
            JsonNode first = samples.get(0);
            JsonNode last = samples.get(samples.size() - 1);
            long from = LoadRunFolder.timeOf(first, RunLayout.SERVER_METRICS);
            long to = LoadRunFolder.timeOf(last, RunLayout.SERVER_METRICS);
            acknowledged += ledger.stream()
                    .map(l -> Instant.parse(l.path("ackedAt").asText()).toEpochMilli())
                    .filter(t -> t >= from && t <= to)
                    .count();
            documents += last.get("documentBytesWritten").asDouble()
                    - first.get("documentBytesWritten").asDouble();
            database += last.get("databaseSizeBytes").asDouble()
                    - first.get("databaseSizeBytes").asDouble();
            measured = true;
        }
        if (!measured || acknowledged == 0) {
            return null;
        }
        return new StorageFootprint(acknowledged, documents / acknowledged, database / acknowledged);
    }
}
