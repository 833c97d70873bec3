package org.sevasurge.cli.resilience;

import java.util.ArrayList;
import java.util.List;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.simulations.faults.FaultTarget;
import org.sevasurge.simulations.faults.Scenario;

/**
 * A scenario's offered load as the injector's steps of equal length: the scenario's rate throughout, times a load
 * (or backlog) fault's share while it lasts ({@code 300%} from 20 s to 50 s of a 60 s run: steps of 10 s at 1, 1, 3,
 * 3, 3, 1 times the rate). The step is the greatest common divisor of the run's length and the load faults'
 * whole-second times, so every change falls on a step's start. Where such faults overlap, the larger share wins. Immutable.
 *
 * @param holdSeconds each step's length, seconds
 * @param rates       submissions per second offered in each step, in order
 */
record LoadSteps(int holdSeconds, List<Double> rates) {

    LoadSteps {
        rates = List.copyOf(rates);
    }

    /**
     * @param scenario the scenario, its load faults at whole seconds (the scenario file's loader checks that)
     * @param rate     the scenario's rate, submissions per second
     */
    static LoadSteps of(Scenario scenario, double rate) {
        int seconds = (int) Math.ceil(scenario.seconds());
        List<FaultEntry> surges = scenario.faults().stream()
                .filter(f -> f.target().kind().changesLoad())
                .toList();
        if (surges.isEmpty()) {
            return new LoadSteps(seconds, List.of(rate));
        }
        int step = seconds;
        for (FaultEntry surge : surges) {
            step = gcd(gcd(step, (int) surge.atSeconds()), (int) surge.untilSeconds());
        }
        List<Double> rates = new ArrayList<>();
        for (int start = 0; start < seconds; start += step) {
            double multiplier = 1;
            for (FaultEntry surge : surges) {
                if (start >= surge.atSeconds() && start < surge.untilSeconds()) {
                    multiplier = Math.max(multiplier, FaultTarget.loadMultiplier(surge.action()));
                }
            }
            rates.add(rate * multiplier);
        }
        return new LoadSteps(step, rates);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
