package org.sevasurge.cli.injector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The injector benchmark's figures over all its phases: the injector's cores per 100 submissions/s with recording
 * on and off (CPU and rates pooled over the rounds), the recording's overhead as the rise of CPU per submission,
 * and the submissions/s one core would carry at that cost. A round in which a phase fell behind the offered rate
 * (a stall of the shared machine piles up users and their documents until the heap runs out) measured the stall,
 * not the injector: the figures pool only the rounds whose both phases kept the rate, unless none did. Immutable.
 *
 * @param settings what ran
 * @param phases   every phase, in the order it ran
 */
record BenchmarkFigures(BenchmarkSettings settings, List<PhaseResult> phases) {
    /** The goals: the rate one core must carry, and the largest recording overhead. */
    static final double GOAL_PER_SECOND_ON_ONE_CORE = 250;

    static final double GOAL_OVERHEAD_PERCENT = 5;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    BenchmarkFigures {
        phases = List.copyOf(phases);
    }

    /** @return the injector's CPU per 100 submissions/s, pooled over the phases with recording as given */
    double coresPer100(boolean recording) {
        double cpu = 0;
        double rate = 0;
        for (PhaseResult phase : pooledPhases()) {
            if (phase.recording() == recording) {
                cpu += phase.cpuCores();
                rate += phase.achievedPerSecond();
            }
        }
        return rate > 0 ? cpu / rate * 100 : Double.NaN;
    }

    /** @return how much more CPU per submission the injector uses with recording on than off, percent */
    double recordingOverheadPercent() {
        return (coresPer100(true) / coresPer100(false) - 1) * 100;
    }

    /** @return the phases of the rounds whose both phases kept the rate; every phase when no round did */
    List<PhaseResult> pooledPhases() {
        List<PhaseResult> kept = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            List<PhaseResult> pair = round(round);
            if (pair.size() == 2 && pair.stream().allMatch(PhaseResult::keptRate)) {
                kept.addAll(pair);
            }
        }
        return kept.isEmpty() ? phases : kept;
    }

    /** @return how many rounds kept the rate in both phases (the rounds the figures pool; 0: none, all pooled) */
    int pooledRounds() {
        return pooledPhases().stream().allMatch(PhaseResult::keptRate)
                ? pooledPhases().size() / 2
                : 0;
    }

    private List<PhaseResult> round(int round) {
        return phases.stream()
                .filter(phase -> phase.name().startsWith("round" + round + "-"))
                .toList();
    }

    /** @return each round's own overhead, percent, in round order: their spread is the measurement's noise */
    List<Double> roundOverheadPercents() {
        List<Double> overheads = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            double on = Double.NaN;
            double off = Double.NaN;
            for (PhaseResult phase : round(round)) {
                on = phase.recording() ? phase.coresPer100() : on;
                off = phase.recording() ? off : phase.coresPer100();
            }
            if (!Double.isNaN(on) && !Double.isNaN(off)) {
                overheads.add((on / off - 1) * 100);
            }
        }
        return overheads;
    }

    /** @return the submissions/s one core carries at the recording-on cost (linear in the rate) */
    double perSecondOnOneCore() {
        return 100 / coresPer100(true);
    }

    /** @return whether every phase's injector ended normally and the sink saw 95 % of the offered rate */
    boolean everyPhaseKeptRate() {
        return phases.stream().allMatch(PhaseResult::keptRate);
    }

    /** @return the lines for people: one per phase, then the figures and the goals */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (PhaseResult phase : phases) {
            lines.add(format(
                    "%-20s %6.1f submissions/s achieved (%.0f offered), injector %.3f cores, %.3f cores per"
                            + " 100 submissions/s, %.2f MB per submission%s",
                    phase.name(),
                    phase.achievedPerSecond(),
                    phase.offeredPerSecond(),
                    phase.cpuCores(),
                    phase.coresPer100(),
                    phase.bytesPerSubmission() / 1e6,
                    phase.keptRate() ? "" : "  RATE NOT KEPT (injector exit " + phase.injectorExitStatus() + ")"));
        }
        boolean anyRoundKept = pooledRounds() > 0;
        lines.add(format(
                "injector cores per 100 submissions/s: %.3f with recording, %.3f without (%s)",
                coresPer100(true),
                coresPer100(false),
                anyRoundKept
                        ? format(
                                "%d of %d rounds pooled: those that" + " kept the rate",
                                pooledRounds(), settings.rounds())
                        : "no round kept the rate: every phase pooled"));
        lines.add(format(
                "recording overhead: %+.1f %% CPU per submission (rounds: %s)",
                recordingOverheadPercent(),
                String.join(
                        ", ",
                        roundOverheadPercents().stream()
                                .map(p -> format("%+.1f %%", p))
                                .toList())));
        lines.add(format(
                "submissions/s on one core: %.0f (at the measured cost per submission, with recording)",
                perSecondOnOneCore()));
        lines.add(format(
                "goal: >= %.0f submissions/s on <= 1 core: %s",
                GOAL_PER_SECOND_ON_ONE_CORE,
                perSecondOnOneCore() >= GOAL_PER_SECOND_ON_ONE_CORE && anyRoundKept ? "met" : "NOT met"));
        lines.add(format(
                "goal: recording overhead <= %.0f %%: %s",
                GOAL_OVERHEAD_PERCENT, recordingOverheadPercent() <= GOAL_OVERHEAD_PERCENT ? "met" : "NOT met"));
        return lines;
    }

    /** Writes the figures and every phase as JSON. */
    void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ratePerSecond", settings.ratePerSecond())
                .put("warmupSeconds", settings.warmupSeconds())
                .put("seconds", settings.seconds())
                .put("rounds", settings.rounds());
        root.put("coresPer100SubmissionsRecordingOn", coresPer100(true))
                .put("coresPer100SubmissionsRecordingOff", coresPer100(false))
                .put("recordingOverheadPercent", recordingOverheadPercent())
                .put("submissionsPerSecondOnOneCore", perSecondOnOneCore())
                .put("everyPhaseKeptRate", everyPhaseKeptRate())
                .put("pooledRounds", pooledRounds());
        roundOverheadPercents().forEach(root.putArray("roundOverheadPercents")::add);
        ArrayNode list = root.putArray("phases");
        for (PhaseResult phase : phases) {
            list.addObject()
                    .put("name", phase.name())
                    .put("recording", phase.recording())
                    .put("offeredPerSecond", phase.offeredPerSecond())
                    .put("achievedPerSecond", phase.achievedPerSecond())
                    .put("cpuCores", phase.cpuCores())
                    .put("coresPer100Submissions", phase.coresPer100())
                    .put("windowSeconds", phase.windowSeconds())
                    .put("bytesPerSubmission", phase.bytesPerSubmission())
                    .put("injectorExitStatus", phase.injectorExitStatus());
        }
        try {
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
