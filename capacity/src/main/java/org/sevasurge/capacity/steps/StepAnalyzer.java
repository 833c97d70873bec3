package org.sevasurge.capacity.steps;

import java.util.ArrayList;
import java.util.List;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.PlanStep;

/**
 * Turns a run's plan steps into measured steps: each step's first seconds are discarded (the service and its
 * queues settle after a change of rate), the rest is its steady window. Stateless.
 */
public final class StepAnalyzer {
    private StepAnalyzer() {}

    /**
     * @param run           the run folder
     * @param warmupSeconds seconds discarded at the start of every step; at most half of a step is discarded
     * @return one measurement per plan step that has started, in order
     */
    public static List<StepMeasurement> measure(LoadRunFolder run, double warmupSeconds) {
        return measure(run, warmupSeconds, Double.MAX_VALUE);
    }

    /**
     * @param upToSeconds only steps that ended by this run second (a staircase stopped early never reached the
     *                    rest, and a step without arrivals says nothing)
     * @return one measurement per plan step that ended by {@code upToSeconds}
     */
    public static List<StepMeasurement> measure(LoadRunFolder run, double warmupSeconds, double upToSeconds) {
        return WindowMeasurer.measure(run, steadyWindows(run.info().steps(), warmupSeconds, upToSeconds));
    }

    /**
     * @param upToSeconds only steps that ended by this run second (a staircase still running)
     * @return the steady windows of the plan's steps
     */
    public static List<Window> steadyWindows(List<PlanStep> steps, double warmupSeconds, double upToSeconds) {
        List<Window> windows = new ArrayList<>();
        for (PlanStep step : steps) {
            if (step.endSeconds() > upToSeconds) {
                break;
            }
            double length = step.endSeconds() - step.startSeconds();
            double discard = Math.min(warmupSeconds, length / 2);
            windows.add(new Window(step.index(), step.meanLevel(), step.startSeconds() + discard, step.endSeconds()));
        }
        return windows;
    }

    /**
     * @return every step cut into consecutive slices of at most {@code sliceSeconds} (the last slice of a step may
     * be shorter), for judging the injector where a short burst hides in a long step's mean
     */
    public static List<Window> slices(List<PlanStep> steps, double sliceSeconds) {
        List<Window> windows = new ArrayList<>();
        for (PlanStep step : steps) {
            for (double from = step.startSeconds(); from < step.endSeconds() - 1e-9; from += sliceSeconds) {
                windows.add(new Window(
                        step.index(), step.meanLevel(), from, Math.min(step.endSeconds(), from + sliceSeconds)));
            }
        }
        return windows;
    }
}
