package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.search.StorageFootprint;
import org.sevasurge.capacity.verdict.LedgerResult;

/**
 * What the report is about, read from its first folder: a season run (or several injectors' folders merged) or a
 * capacity search. Immutable.
 *
 * @param title        for the report's heading
 * @param runs         the folders read
 * @param loadRuns     the load run folders whose recordings the timeline shows
 * @param result       the run's own verdict
 * @param capacity     the capacity section, or null (a season run)
 * @param capacityNote why there is no season-mix capacity, or empty
 * @param steps        every measured step
 * @param requests     whole-run requests (season runs)
 * @param usl          the USL section, or null
 * @param ledger       the ledger read-back, or null
 * @param runFailures  a season run's SLO breaches
 * @param invalid      why the injector invalidated the run, or null
 * @param footprint    bytes per application, or null
 */
record Subject(
        String title,
        List<Report.RunRef> runs,
        List<LoadRunFolder> loadRuns,
        Report.RunResult result,
        @Nullable CapacitySection capacity,
        String capacityNote,
        List<StepRow> steps,
        List<Report.RequestRow> requests,
        @Nullable UslSection usl,
        @Nullable LedgerResult ledger,
        List<String> runFailures,
        @Nullable String invalid,
        @Nullable StorageFootprint footprint) {}
