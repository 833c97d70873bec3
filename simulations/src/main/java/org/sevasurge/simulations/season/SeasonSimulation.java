package org.sevasurge.simulations.season;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.sevasurge.simulations.calendar.InjectionPlanner.steps;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.gatling.Control;
import org.sevasurge.simulations.gatling.GatlingInjection;
import org.sevasurge.simulations.plan.SeasonPlans;
import org.sevasurge.simulations.run.RunSettings;

/**
 * An admission-season day against a certificate service: centre operators submit applications with documents (a
 * closed population), citizens poll status and download certificates, officers work the queue (field report,
 * decision), colleges verify certificates (open arrivals). Rates, steps and SLOs come from the season calendar's
 * profile ({@code -Dsevasurge.profile=smoke|season|results-day|soak}); Seva Surge records its own latency logs,
 * statuses, arrivals, ack ledger and metrics into the run folder.
 *
 * <p>The simulation carries no Gatling assertions on purpose: the run is judged once, afterwards, by the command
 * line on Seva Surge's own recordings (SLOs per request, the ledger read back, the injector's saturation per window),
 * and that verdict sets the exit status.
 *
 * <p>How to run: {@code ./sevasurge season --profile smoke} (which forks this simulation in its own JVM).
 */
public class SeasonSimulation extends Simulation {

    // Parameters: system properties set by the command line (RunSettings), the calendar's profile and its plan.
    private final SeasonWorkload workload = SeasonWorkload.prepare(RunSettings.fromSystemProperties());
    private final SeasonJourneys journeys = new SeasonJourneys(workload, true);

    // Injection: the plan's steps per journey, and the control user that keeps the plan's clock.
    {
        List<PopulationBuilder> populations = new ArrayList<>();
        for (Journey journey : SeasonPlans.journeys(workload.plan())) {
            var scenario = scenario(journey.description()).exec(journeys.of(journey));
            var steps = steps(workload.plan(), journey);
            populations.add(
                    journey == Journey.SUBMIT && workload.plan().mix().closedOperators()
                            ? scenario.injectClosed(GatlingInjection.closed(steps))
                            : scenario.injectOpen(GatlingInjection.open(steps)));
        }
        populations.add(
                scenario("plan clock").exec(Control.clock(workload.run())).injectOpen(atOnceUsers(1)));
        setUp(populations).protocols(Control.protocol(workload.run()));
    }

    @Override
    public void after() {
        workload.run().finish();
    }
}
