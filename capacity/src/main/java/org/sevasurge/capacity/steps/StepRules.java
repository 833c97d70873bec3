package org.sevasurge.capacity.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sevasurge.capacity.runs.Slo;

/**
 * The step verdict, in this order:
 * <ol>
 * <li>INCONCLUSIVE when the injector's mean CPU exceeded {@link #SATURATED_SHARE} of its core share, or an open
 * journey's arrivals fell below {@link #MIN_SHARE} of the offered rate (the injector fell behind its schedule):
 * whatever else happened, the step measured the injector;</li>
 * <li>FAIL when a request breached its p95, p99 or error share, or a journey completed less than
 * {@link #MIN_SHARE} of what was offered (an open journey) or asked (a closed one), arrivals that found nothing to
 * act on excepted;</li>
 * <li>PASS otherwise.</li>
 * </ol>
 * Pure and thread-safe.
 */
public final class StepRules {
    /** Injector CPU above this share of its cores makes a step inconclusive. */
    public static final double SATURATED_SHARE = 0.85;
    /** Arrivals below this share of the offered rate (injector) or completions below it of arrivals (service). */
    public static final double MIN_SHARE = 0.95;

    private StepRules() {}

    /**
     * @param requests every request measured in the step
     * @param journeys every journey of the run
     * @param injector the injector's CPU in the step
     * @param slos     the SLO per request (a request without one is not judged)
     * @param seconds  the window's length: one arrival more or less at its edges is not a shortfall
     * @return the verdict
     */
    public static StepVerdict judge(
            List<RequestStats> requests,
            List<JourneyRate> journeys,
            InjectorStats injector,
            Map<String, Slo> slos,
            double seconds) {
        double edge = seconds > 0 ? 1.0 / seconds : 0;
        List<String> inconclusive = new ArrayList<>();
        if (injector.samples() > 0 && injector.meanCores() > SATURATED_SHARE * injector.share()) {
            inconclusive.add(format(
                    "injector saturated: CPU %.2f cores > %.2f of its %.2f-core share",
                    injector.meanCores(), SATURATED_SHARE, injector.share()));
        }
        for (JourneyRate journey : journeys) {
            if (journey.open() && journey.offered() > 0 && journey.arrived() + edge < MIN_SHARE * journey.offered()) {
                inconclusive.add(format(
                        "injector behind schedule: %s arrivals %.1f/s < %.0f %% of %.1f/s offered",
                        journey.journey(), journey.arrived(), 100 * MIN_SHARE, journey.offered()));
            }
        }
        if (!inconclusive.isEmpty()) {
            return new StepVerdict(Outcome.INCONCLUSIVE, inconclusive);
        }
        List<String> failures = new ArrayList<>();
        for (RequestStats request : requests) {
            Slo slo = slos.get(request.request());
            if (slo == null || request.count() == 0) {
                continue;
            }
            if (request.p95Millis() > slo.p95Millis()) {
                failures.add(
                        format("%s p95 %.0f ms > %.0f ms", request.request(), request.p95Millis(), slo.p95Millis()));
            }
            if (request.p99Millis() > slo.p99Millis()) {
                failures.add(
                        format("%s p99 %.0f ms > %.0f ms", request.request(), request.p99Millis(), slo.p99Millis()));
            }
            if (request.errorPercent() > slo.maxErrorPercent()) {
                failures.add(format(
                        "%s errors %.2f %% > %s %%%s",
                        request.request(),
                        request.errorPercent(),
                        trim(slo.maxErrorPercent()),
                        statusSummary(request.byStatus())));
            }
        }
        for (JourneyRate journey : journeys) {
            // An open journey owes what the plan offered, a closed one what its users asked; a skip owes nothing.
            double asked = journey.open() ? journey.offered() : journey.arrived();
            double due = asked - journey.skipped();
            if (due > 0 && journey.achieved() + edge < MIN_SHARE * due) {
                failures.add(format(
                        "%s achieved %.1f/s < %.0f %% of %.1f/s %s",
                        journey.journey(),
                        journey.achieved(),
                        100 * MIN_SHARE,
                        due,
                        journey.open() ? "offered" : "asked"));
            }
        }
        return failures.isEmpty() ? new StepVerdict(Outcome.PASS, List.of()) : new StepVerdict(Outcome.FAIL, failures);
    }

    private static String statusSummary(Map<Integer, Long> byStatus) {
        StringBuilder text = new StringBuilder();
        byStatus.forEach((status, count) -> {
            if (status == 0 || status >= 400) {
                text.append(text.length() == 0 ? " (" : ", ")
                        .append(status == 0 ? "no response" : status)
                        .append(" x")
                        .append(count);
            }
        });
        return text.length() == 0 ? "" : text.append(')').toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
