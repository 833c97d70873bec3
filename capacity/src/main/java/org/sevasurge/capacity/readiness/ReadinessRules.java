package org.sevasurge.capacity.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sevasurge.capacity.runway.Runway;
import org.sevasurge.capacity.runway.Watermarks;
import org.sevasurge.capacity.sizing.Sizing;

/**
 * The season verdict's rules, one per {@link ReasonCode}, with {@code I} instances of capacity {@code C} each:
 * <ul>
 * <li>NOT READY: the ledger lost, changed, duplicated or could not read an acknowledged application
 * ({@code LEDGER_BROKEN}); {@code I x C} below the busy hour ({@code BUSY_HOUR_OVERLOAD}); a volume reaches its flood
 * watermark within the season ({@code VOLUME_FLOOD}); a season run breached its SLOs ({@code SEASON_RUN_FAILED});</li>
 * <li>AT RISK: fewer instances than the busy hour needs at the target utilisation, N ({@code BUSY_HOUR_ABOVE_TARGET});
 * exactly N, so losing one leaves too few ({@code NO_FAILOVER_HEADROOM}); {@code I x C} below the results-day burst
 * ({@code RESULTS_DAY_SHEDS_LOAD}); a volume reaches its high watermark within the season ({@code VOLUME_HIGH});
 * no capacity measured, or not for the season mix ({@code CAPACITY_UNKNOWN}); no runway ({@code RUNWAY_UNKNOWN});
 * the ledger not read back ({@code LEDGER_UNCHECKED}); the injector saturated ({@code RUN_INVALID});</li>
 * <li>READY otherwise.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class ReadinessRules {
    private ReadinessRules() {}

    /** @return the verdict on {@code in} */
    public static SeasonVerdict judge(ReadinessInputs in) {
        List<Reason> reasons = new ArrayList<>();
        ledger(in, reasons);
        if (!in.runFailures().isEmpty()) {
            reasons.add(reason(
                    ReasonCode.SEASON_RUN_FAILED,
                    "the season run breached its SLOs: " + String.join("; ", in.runFailures()),
                    Map.of("failures", in.runFailures())));
        }
        if (in.invalidMeasurement() != null) {
            reasons.add(reason(
                    ReasonCode.RUN_INVALID,
                    "the measurements are not the service's: " + in.invalidMeasurement(),
                    Map.of()));
        }
        capacity(in, reasons);
        storage(in, reasons);
        reasons.sort(Comparator.comparing((Reason r) -> r.sets()).reversed());
        Readiness readiness = reasons.stream()
                .map(Reason::sets)
                .max(Comparator.naturalOrder())
                .orElse(Readiness.READY);
        return new SeasonVerdict(readiness, in.instances(), reasons);
    }

    private static void ledger(ReadinessInputs in, List<Reason> reasons) {
        if (in.ledger() == null) {
            reasons.add(
                    reason(ReasonCode.LEDGER_UNCHECKED, "the acknowledged applications were not read back", Map.of()));
        } else if (!in.ledger().intact()) {
            reasons.add(reason(
                    ReasonCode.LEDGER_BROKEN,
                    "acknowledged applications went missing: " + in.ledger().describe(),
                    figures(
                            "acknowledged",
                            in.ledger().acknowledged(),
                            "lost",
                            in.ledger().lost(),
                            "changed",
                            in.ledger().changed(),
                            "duplicated",
                            in.ledger().duplicated(),
                            "unreadable",
                            in.ledger().unreadable())));
        }
    }

    private static void capacity(ReadinessInputs in, List<Reason> reasons) {
        Double capacity = in.capacityPerInstance();
        if (capacity == null || !(capacity > 0)) {
            reasons.add(reason(
                    ReasonCode.CAPACITY_UNKNOWN,
                    "capacity per instance unknown: " + in.capacityNote() + " (run ./sevasurge capacity)",
                    Map.of()));
            return;
        }
        double total = in.instances() * capacity;
        for (Peak peak : in.peaks()) {
            Map<String, Object> figures = figures(
                    "peakPerSecond",
                    round(peak.perSecond()),
                    "capacityPerInstance",
                    round(capacity),
                    "instances",
                    in.instances(),
                    "totalCapacityPerSecond",
                    round(total));
            if (Peak.BUSY_HOUR.equals(peak.kind())) {
                Sizing sizing = Sizing.of(peak.name(), peak.perSecond(), capacity, in.targetUtilisation());
                int needed = sizing.instancesNeeded();
                figures.put("instancesNeeded", needed);
                figures.put("targetUtilisation", in.targetUtilisation());
                figures.put("utilisation", round(peak.perSecond() / total));
                if (total < peak.perSecond()) {
                    reasons.add(reason(
                            ReasonCode.BUSY_HOUR_OVERLOAD,
                            format(
                                    "the %s (%.2f/s) exceeds %d x %.2f/s ="
                                            + " %.2f/s: %.0f %% utilisation; it needs %d instances at %.0f %%",
                                    peak.name(),
                                    peak.perSecond(),
                                    in.instances(),
                                    capacity,
                                    total,
                                    100 * peak.perSecond() / total,
                                    needed,
                                    100 * in.targetUtilisation()),
                            figures));
                } else if (in.instances() < needed) {
                    reasons.add(reason(
                            ReasonCode.BUSY_HOUR_ABOVE_TARGET,
                            format(
                                    "the %s (%.2f/s) runs %d instance(s)"
                                            + " at %.0f %%, above the planned %.0f %%: it needs %d",
                                    peak.name(),
                                    peak.perSecond(),
                                    in.instances(),
                                    100 * peak.perSecond() / total,
                                    100 * in.targetUtilisation(),
                                    needed),
                            figures));
                } else if (in.instances() < needed + 1) {
                    reasons.add(reason(
                            ReasonCode.NO_FAILOVER_HEADROOM,
                            format(
                                    "%d instance(s) carry the %s (%.2f/s)"
                                            + " only while all run: N+1 = %d for losing one",
                                    in.instances(), peak.name(), peak.perSecond(), needed + 1),
                            figures));
                }
            } else if (Peak.RESULTS_DAY.equals(peak.kind()) && total < peak.perSecond()) {
                reasons.add(reason(
                        ReasonCode.RESULTS_DAY_SHEDS_LOAD,
                        format(
                                "the %s (%.2f/s) exceeds %d x %.2f/s ="
                                        + " %.2f/s: %.0f %% of its submissions get 503 with Retry-After",
                                peak.name(),
                                peak.perSecond(),
                                in.instances(),
                                capacity,
                                total,
                                100 * (1 - total / peak.perSecond())),
                        figures));
            }
        }
    }

    private static void storage(ReadinessInputs in, List<Reason> reasons) {
        if (in.runways().isEmpty()) {
            reasons.add(reason(ReasonCode.RUNWAY_UNKNOWN, "storage runway unknown: " + in.runwayProblem(), Map.of()));
            return;
        }
        for (Runway runway : in.runways()) {
            Map<String, Object> figures = figures(
                    "volume",
                    runway.volume().name(),
                    "sizeBytes",
                    (long) runway.volume().sizeBytes(),
                    "usedBytesAtStart",
                    (long) runway.volume().usedBytes(),
                    "bytesPerApplication",
                    Math.round(runway.volume().bytesPerApplication()));
            if (runway.reached(Watermarks.Level.FLOOD) != null) {
                figures.put("floodOn", runway.reached(Watermarks.Level.FLOOD).toString());
                reasons.add(reason(
                        ReasonCode.VOLUME_FLOOD, runway.sentence() + ": submissions get 507 from then on", figures));
            } else if (runway.reached(Watermarks.Level.HIGH) != null) {
                figures.put("highOn", runway.reached(Watermarks.Level.HIGH).toString());
                reasons.add(reason(ReasonCode.VOLUME_HIGH, runway.sentence(), figures));
            }
        }
    }

    private static Reason reason(ReasonCode code, String text, Map<String, Object> figures) {
        return new Reason(code, text, figures);
    }

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
