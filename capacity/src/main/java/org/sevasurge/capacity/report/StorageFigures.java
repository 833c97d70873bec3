package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runway.Runway;
import org.sevasurge.capacity.runway.RunwayDay;
import org.sevasurge.capacity.runway.SeasonDates;
import org.sevasurge.capacity.runway.VolumeSpec;
import org.sevasurge.capacity.runway.Watermarks;
import org.sevasurge.capacity.search.StorageFootprint;

/**
 * The volumes to project and their runways: sizes and use from the planner's options, else from the last scrape of
 * the service's storage guard ({@code storageTotalBytes} and {@code storageFreeBytes} per volume). Two measured
 * volumes with the same size and free space are one filesystem (the embedded testbed keeps both on one disk):
 * they are projected as one volume that both grow. Stateless.
 */
final class StorageFigures {
    static final String DOCUMENTS = "documents";
    static final String DATABASE = "database";

    private StorageFigures() {}

    /**
     * @return the runways; empty with the reason in {@code problem[0]} when there are none
     */
    static List<Runway> runways(
            List<LoadRunFolder> runs,
            StorageFootprint footprint,
            Map<String, VolumeOption> options,
            Watermarks watermarks,
            SeasonDates season,
            String[] problem) {
        if (season == null) {
            problem[0] = "the calendar has no storageRunway block (season dates and month factors)";
            return List.of();
        }
        if (footprint == null) {
            problem[0] = "no bytes per application measured (the service exposes no documentBytesWritten and"
                    + " databaseSizeBytes, or nothing was acknowledged)";
            return List.of();
        }
        Map<String, double[]> volumes = measured(runs);
        Map<String, String> sources = new LinkedHashMap<>();
        volumes.keySet().forEach(v -> sources.put(v, "measured"));
        options.forEach((name, option) -> {
            double[] v = volumes.get(name);
            Double size = option.sizeBytes() != null ? option.sizeBytes() : v == null ? null : v[0];
            if (size == null) {
                throw new BadInputException(
                        "--volume-used " + name + ": the storage guard did not measure a volume named" + " '" + name
                                + "'; give --volume-size " + name + "=SIZE too");
            }
            double used = option.usedBytes() != null ? option.usedBytes() : v == null ? 0 : Math.min(v[1], size);
            if (used > size) {
                throw new BadInputException("--volume-used " + name + "=" + used + " bytes is larger than its size ("
                        + size + " bytes): accepted values: a use no larger than --volume-size " + name);
            }
            volumes.put(name, new double[] {size, used});
            sources.put(name, "options");
        });
        if (volumes.isEmpty()) {
            problem[0] = "no volume sizes: give --volume-size documents=SIZE (and database=SIZE), or run against a"
                    + " service whose storage guard reports storageTotalBytes";
            return List.of();
        }
        List<Runway> runways = new ArrayList<>();
        volumes.forEach((name, v) -> runways.add(Runway.project(
                new VolumeSpec(name, v[0], v[1], perApplication(name, footprint), sources.get(name)),
                watermarks,
                season)));
        return runways;
    }

    private static double perApplication(String name, StorageFootprint footprint) {
        double documents = Math.max(0, nan0(footprint.documentBytesPerApplication()));
        double database = Math.max(0, nan0(footprint.databaseBytesPerApplication()));
        return switch (name) {
            case DOCUMENTS -> documents;
            case DATABASE -> database;
            default -> documents + database; // one filesystem for both, or a volume named by the planner
        };
    }

    /** name -> {size, used} from the last scrape that reported volume sizes. */
    static Map<String, double[]> measured(List<LoadRunFolder> runs) {
        JsonNode last = null;
        for (LoadRunFolder run : runs) {
            for (JsonNode line : run.serverMetrics()) {
                if (line.path("storageTotalBytes").size() > 0) {
                    last = line;
                }
            }
        }
        Map<String, double[]> volumes = new LinkedHashMap<>();
        if (last == null) {
            return volumes;
        }
        JsonNode total = last.get("storageTotalBytes");
        JsonNode free = last.path("storageFreeBytes");
        total.fields().forEachRemaining(e -> {
            double size = e.getValue().asDouble();
            double available = free.path(e.getKey()).asDouble(size);
            if (size > 0) {
                volumes.put(e.getKey(), new double[] {size, Math.max(0, size - available)});
            }
        });
        double[] documents = volumes.get(DOCUMENTS);
        double[] database = volumes.get(DATABASE);
        if (documents != null
                && database != null
                && documents[0] == database[0]
                && Math.abs(documents[1] - database[1]) <= 0.01 * documents[0]) {
            volumes.remove(DOCUMENTS);
            volumes.remove(DATABASE);
            volumes.put(DOCUMENTS + "+" + DATABASE, documents);
        }
        return volumes;
    }

    static StorageSection section(
            StorageFootprint footprint,
            Watermarks watermarks,
            SeasonDates season,
            List<Runway> runways,
            String problem) {
        List<StorageSection.VolumeRunway> volumes = new ArrayList<>();
        for (Runway r : runways) {
            volumes.add(new StorageSection.VolumeRunway(
                    r.volume().name(),
                    r.volume().source(),
                    r.volume().sizeBytes(),
                    r.volume().usedBytes(),
                    r.volume().bytesPerApplication(),
                    date(r, Watermarks.Level.LOW),
                    date(r, Watermarks.Level.HIGH),
                    date(r, Watermarks.Level.FLOOD),
                    r.sentence(),
                    r.days().stream().map(d -> d.date().toString()).toList(),
                    r.days().stream()
                            .map(RunwayDay::share)
                            .map(s -> Math.round(s * 100_000) / 100_000.0)
                            .toList()));
        }
        return new StorageSection(
                footprint == null ? null : finite(footprint.documentBytesPerApplication()),
                footprint == null ? null : finite(footprint.databaseBytesPerApplication()),
                footprint == null ? 0 : footprint.acknowledged(),
                new double[] {watermarks.low(), watermarks.high(), watermarks.flood()},
                season == null ? null : season.start().toString(),
                season == null ? null : season.end().toString(),
                runways.isEmpty() ? problem : null,
                volumes);
    }

    private static String date(Runway runway, Watermarks.Level level) {
        return runway.reached(level) == null ? null : runway.reached(level).toString();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double nan0(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
