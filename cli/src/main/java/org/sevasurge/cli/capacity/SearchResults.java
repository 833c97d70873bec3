package org.sevasurge.cli.capacity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.capacity.search.CapacityFinding;
import org.sevasurge.capacity.search.CapacityResult;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.usl.UslFit;
import org.sevasurge.capacity.usl.UslFitter;
import org.sevasurge.capacity.usl.UslPoint;
import org.sevasurge.simulations.calendar.JourneyMix;
import org.sevasurge.simulations.calendar.SeasonCalendar;

/** Assembles a search's result from its measured steps: finding, USL fit, sizing and storage. Stateless. */
final class SearchResults {
    private SearchResults() {}

    static CapacityResult assemble(
            String searchId,
            SearchSettings settings,
            String target,
            List<SearchedStep> steps,
            SeasonCalendar calendar,
            Path searchDir,
            double wallSeconds) {
        String unit = settings.request() != null
                ? "requests/s"
                : JourneyMix.SEASON_MIX.equals(settings.journey()) ? "submissions/s" : settings.journey() + "/s";
        CapacityFinding finding = CapacityFinding.of(CapacitySearch.measurements(steps), unit, settings.label());
        UslFit usl = null;
        String uslProblem = null;
        List<UslPoint> points = uslPoints(steps);
        try {
            usl = UslFitter.fit(points);
        } catch (IllegalArgumentException e) {
            uslProblem = e.getMessage();
        }
        List<Sizing> sizing = new ArrayList<>();
        if (finding.capacityPerSecond() != null && JourneyMix.SEASON_MIX.equals(settings.journey())) {
            for (SeasonPeaks.Peak peak : SeasonPeaks.of(calendar)) {
                sizing.add(Sizing.of(
                        peak.name(),
                        peak.submissionsPerSecond(),
                        finding.capacityPerSecond(),
                        settings.targetUtilisation()));
            }
        }
        return new CapacityResult(
                searchId,
                settings.journey(),
                target,
                settings.asMap(),
                finding,
                steps,
                usl,
                uslProblem,
                sizing,
                settings.request() != null ? null : StorageMeasure.of(searchDir, steps),
                wallSeconds);
    }

    /** The (N, X) points of every step that measured the service: Little's-law concurrency, achieved rate. */
    private static List<UslPoint> uslPoints(List<SearchedStep> steps) {
        List<UslPoint> points = new ArrayList<>();
        for (SearchedStep searched : steps) {
            StepMeasurement step = searched.step();
            if (step.verdict().outcome() != Outcome.INCONCLUSIVE
                    && step.concurrency() > 0
                    && step.achievedLevel() > 0) {
                points.add(new UslPoint(step.concurrency(), step.achievedLevel()));
            }
        }
        return points;
    }
}
