package org.sevasurge.capacity.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.readiness.Peak;
import org.sevasurge.capacity.runway.SeasonDates;
import org.sevasurge.capacity.runway.Watermarks;

/**
 * What the report needs besides the run folders: the planner's figures (the command line and the season calendar
 * supply them). Immutable.
 *
 * @param instances               instances the state runs next season (>= 1)
 * @param peaks                   the calendar's peaks (busy hour, results-day burst), submissions/s
 * @param targetUtilisation       the utilisation planned at the busy hour, 0..1, or null for the search's own
 * @param season                  next season's dates and month factors, or null (no runway)
 * @param watermarks              the storage guard's watermarks
 * @param volumes                 volume sizes and use given by the planner, by name
 * @param benchResults            a JMH results file, or null
 * @param benchDir                where {@code ./sevasurge bench} keeps its runs (the newest is used), or null
 * @param documentsPerApplication mean documents per submission (for per-document benchmarks)
 * @param resilience              a resilience run's folder (or its resilience.json) for the scorecard, or null
 */
public record ReportInputs(
        int instances,
        List<Peak> peaks,
        @Nullable Double targetUtilisation,
        @Nullable SeasonDates season,
        Watermarks watermarks,
        Map<String, VolumeOption> volumes,
        @Nullable Path benchResults,
        @Nullable Path benchDir,
        double documentsPerApplication,
        @Nullable Path resilience) {

    public ReportInputs {
        peaks = List.copyOf(peaks);
        volumes = Map.copyOf(volumes);
    }
}
