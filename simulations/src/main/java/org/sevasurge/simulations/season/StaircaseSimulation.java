package org.sevasurge.simulations.season;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
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
 * One staircase of a capacity search over the season's journeys ({@code staircase.json} in the run folder): every
 * journey as open arrivals at the step's rate times its weight in the mix (the season's reads per application), each
 * step held for the same time. Reads that need something to read (status polls, downloads, verifications searched
 * alone) are preceded by an unmeasured seeding phase that submits and approves applications; the staircase's clock
 * starts after it. The orchestrator judges each step as it ends and writes the stop file after a failing one; the
 * control user then stops the load.
 *
 * <p>How to run: {@code ./sevasurge capacity --journey season-mix} (which forks this simulation per staircase).
 */
public class StaircaseSimulation extends Simulation {
    private static final int SEEDING_USERS = 4;

    private final SeasonWorkload workload = SeasonWorkload.prepare(RunSettings.fromSystemProperties());
    private final SeasonJourneys measured = new SeasonJourneys(workload, true);
    private final SeasonJourneys seeding = new SeasonJourneys(workload, false);
    private final int seedApplications = workload.staircase().seedApplications();

    {
        List<PopulationBuilder> staircase = new ArrayList<>();
        for (Journey journey : SeasonPlans.journeys(workload.plan())) {
            staircase.add(scenario(journey.description())
                    .exec(measured.of(journey))
                    .injectOpen(GatlingInjection.open(steps(workload.plan(), journey))));
        }
        staircase.add(scenario("plan clock").exec(Control.clock(workload.run())).injectOpen(atOnceUsers(1)));
        if (seedApplications > 0) {
            int perUser = (seedApplications + SEEDING_USERS - 1) / SEEDING_USERS;
            setUp(scenario("seeding: applications to read")
                            .exec(
                                    repeat(perUser).on(exec(seeding.submitOnce())),
                                    repeat(perUser).on(exec(seeding.workQueue())))
                            .injectOpen(atOnceUsers(SEEDING_USERS))
                            .andThen(staircase))
                    .protocols(Control.protocol(workload.run()));
        } else {
            setUp(staircase).protocols(Control.protocol(workload.run()));
        }
    }

    @Override
    public void after() {
        workload.run().finish();
    }
}
