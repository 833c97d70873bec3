package org.sevasurge.mocks.faults;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.sevasurge.mocks.ExternalService;

/**
 * Draws the {@link FaultPlan} of one request from its service's profile and the
 * {@link FaultSettings}.
 *
 * <p>Thread-safe: it keeps no state besides the dribble places, and draws from
 * {@link ThreadLocalRandom}.
 */
public final class FaultPlanner {

    /** The four connection faults of WireMock, in the order FLAKY draws them. */
    static final List<Fault> FLAKY_FAULTS = List.of(
            Fault.CONNECTION_RESET_BY_PEER,
            Fault.EMPTY_RESPONSE,
            Fault.MALFORMED_RESPONSE_CHUNK,
            Fault.RANDOM_DATA_THEN_CLOSE);

    /** Time a dribble place stays taken after the dribble should have ended, for a late start. */
    private static final long DRIBBLE_MARGIN_MILLIS = 250;

    private final FaultSettings settings;
    private final DribbleSlots dribbleSlots;

    /**
     * @param settings the numbers behind the profiles
     * @param dribbleSlots how many dribbled bodies may be written at the same time; keep it below
     *     the number of asynchronous-response threads so other services' answers still flow
     */
    public FaultPlanner(FaultSettings settings, int dribbleSlots) {
        this.settings = settings;
        this.dribbleSlots = new DribbleSlots(dribbleSlots);
    }

    /** The plan for one request to {@code service} while it runs under {@code profile}. */
    public FaultPlan plan(ExternalService service, FaultProfile profile) {
        Latency healthy = settings.healthyLatency(service);
        return switch (profile) {
            case HEALTHY -> new FaultPlan.Answer(healthy);
            case SLOW -> new FaultPlan.Answer(settings.slowLatency());
            case BROWNOUT ->
                ThreadLocalRandom.current().nextDouble() < settings.brownoutErrorRate()
                        ? new FaultPlan.ServerError(healthy)
                        : new FaultPlan.Answer(settings.brownoutLatency());
            case FLAKY -> flaky(healthy);
            case DOWN -> new FaultPlan.ConnectionFault(Fault.CONNECTION_RESET_BY_PEER, false);
            case BLACKHOLE -> new FaultPlan.Blackhole(settings.blackholeMillis());
            case DRIBBLE -> dribble();
        };
    }

    private FaultPlan flaky(Latency healthy) {
        double rate = settings.flakyRatePerFault();
        double draw = ThreadLocalRandom.current().nextDouble();
        // One draw split into four bands of equal width: each fault gets exactly its rate.
        int band = rate > 0 ? (int) (draw / rate) : FLAKY_FAULTS.size();
        return band < FLAKY_FAULTS.size()
                ? new FaultPlan.ConnectionFault(FLAKY_FAULTS.get(band), true)
                : new FaultPlan.Answer(healthy);
    }

    private FaultPlan dribble() {
        int millis = settings.dribbleMillis();
        boolean placed = dribbleSlots.tryAcquire(System.currentTimeMillis(), millis + DRIBBLE_MARGIN_MILLIS);
        return placed ? new FaultPlan.Dribble(millis, settings.dribbleChunks()) : new FaultPlan.WholeLate(millis);
    }
}
