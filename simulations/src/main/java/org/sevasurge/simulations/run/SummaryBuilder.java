package org.sevasurge.simulations.run;

import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.recording.ArrivalCounters;
import org.sevasurge.simulations.recording.LatencyRecorder;
import org.sevasurge.simulations.report.JourneyRate;
import org.sevasurge.simulations.report.RunSummary;
import org.sevasurge.simulations.report.SloVerdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link RunSummary} from a finished run's recordings. Stateless. */
final class SummaryBuilder {
    private SummaryBuilder() {
    }

    static RunSummary build(LoadRun run, String gatlingReport, double injectorCpuSeconds) {
        double seconds = run.plan().totalSeconds();
        ArrivalCounters arrivals = run.arrivals();
        List<JourneyRate> journeys = new ArrayList<>();
        for (Journey journey : Journey.values()) {
            journeys.add(new JourneyRate(journey, run.offeredPerSecond(journey), arrivals.onTime(journey) / seconds,
                    arrivals.skipped(journey), arrivals.late(journey), journey == Journey.SUBMIT));
        }
        LatencyRecorder latency = run.recording().latency();
        List<SloVerdict> requests = new ArrayList<>();
        for (RequestName name : RequestName.values()) {
            requests.add(SloVerdict.of(name.id(), latency.successes(name.id()), latency.failures(name.id()),
                    run.plan().profile().slo().get(name)));
        }
        return new RunSummary(run.folder().runId(), run.plan().profile().name(), run.plan().compression(),
                run.plan().rateFactor(), seconds, journeys, requests, run.ledgerVerdict(),
                run.recording().cpu().meanCores(), run.recording().cpu().peakCores(), run.settings().injectorCores(),
                injectorCpuSeconds, run.settings().recording(), run.folder().dir().toAbsolutePath().toString(),
                gatlingReport);
    }

    static void write(RunSummary summary, Path file) {
        try {
            Files.writeString(file, summary.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
