package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The storage runway. Immutable.
 *
 * @param documentBytesPerApplication bytes on the document volume per acknowledged application, or null
 * @param databaseBytesPerApplication database growth per application, or null
 * @param acknowledged                applications the bytes were measured over
 * @param watermarks                  low, high, flood as shares 0..1
 * @param seasonStart                 ISO date, or null
 * @param seasonEnd                   ISO date, or null
 * @param problem                     why there is no runway, or null
 * @param volumes                     one per volume
 */
public record StorageSection(
        @Nullable Double documentBytesPerApplication,
        @Nullable Double databaseBytesPerApplication,
        long acknowledged,
        double[] watermarks,
        @Nullable String seasonStart,
        @Nullable String seasonEnd,
        @Nullable String problem,
        List<VolumeRunway> volumes) {

    public StorageSection {
        volumes = List.copyOf(volumes);
    }

    /**
     * One volume's runway. Immutable.
     *
     * @param name                e.g. {@code documents}
     * @param source              {@code options} (--volume-size/--volume-used) or {@code measured} (storage guard)
     * @param sizeBytes           its size
     * @param usedBytes           in use at the season's start
     * @param bytesPerApplication what one application adds
     * @param lowOn               ISO date the low watermark is reached, or null
     * @param highOn              the high watermark, or null
     * @param floodOn             flood stage, or null
     * @param sentence            one sentence for people
     * @param dates               the season's days
     * @param usedShare           the share in use at each day's end, 0..1+
     */
    public record VolumeRunway(
            String name,
            String source,
            double sizeBytes,
            double usedBytes,
            double bytesPerApplication,
            @Nullable String lowOn,
            @Nullable String highOn,
            @Nullable String floodOn,
            String sentence,
            List<String> dates,
            List<Double> usedShare) {
        public VolumeRunway {
            dates = List.copyOf(dates);
            usedShare = List.copyOf(usedShare);
        }
    }
}
