package org.sevasurge.capacity.resilience;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One scenario's verdict with its figures and reasons. Immutable.
 *
 * @param scenario the scenario's name
 * @param outcome  PASS, FAIL or SKIPPED
 * @param reasons  why it failed (or was skipped); empty for a pass
 * @param figures  what was measured (null when skipped)
 * @param faults   the faults as they happened
 * @param runDir   the scenario's run folder (null when skipped)
 */
public record ScenarioResult(
        String scenario,
        Outcome outcome,
        List<String> reasons,
        @Nullable ScenarioFigures figures,
        List<FaultWindow> faults,
        @Nullable String runDir) {

    /** A scenario's verdict. */
    public enum Outcome {
        PASS,
        FAIL,
        SKIPPED
    }

    public ScenarioResult {
        reasons = List.copyOf(reasons);
        faults = List.copyOf(faults);
    }

    /** @return a scenario that could not run here, with the reason */
    public static ScenarioResult skipped(String scenario, String why) {
        return new ScenarioResult(scenario, Outcome.SKIPPED, List.of(why), null, List.of(), null);
    }

    /**
     * @return the scorecard's line, e.g. {@code disk-full  PASS  detect 1.0 s  recover 0.4 s ...}, a backlog
     * replay's with {@link BacklogFigures#line()} at its end
     */
    public String line() {
        String head = String.format(Locale.ROOT, "%-24s %-7s", scenario, outcome);
        if (figures == null) {
            return head + " " + String.join("; ", reasons);
        }
        String line = head
                + String.format(
                        Locale.ROOT,
                        " detect %s  recover %s  goodput %.2f/s of %.2f/s"
                                + "  errors %s  lost %d  duplicated %d  (acknowledged %d, %d on a retry)",
                        seconds(figures.detectSeconds()),
                        seconds(figures.recoverSeconds()),
                        figures.goodputPerSecond(),
                        figures.offeredPerSecond(),
                        shape(figures.errorShape()),
                        figures.lost(),
                        figures.duplicated(),
                        figures.acknowledged(),
                        figures.retriesAnswered());
        BacklogFigures backlog = figures.backlog();
        if (backlog != null) {
            line += "  " + backlog.line();
        }
        return reasons.isEmpty() ? line : line + System.lineSeparator() + "    because: " + String.join("; ", reasons);
    }

    static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f s", value);
    }

    static String shape(Map<Integer, Long> errors) {
        return errors.isEmpty()
                ? "none"
                : new TreeMap<>(errors)
                        .entrySet().stream()
                                .map(e -> (e.getKey() == 0 ? "no answer" : String.valueOf(e.getKey())) + " x"
                                        + e.getValue())
                                .collect(Collectors.joining(", ", "{", "}"));
    }
}
