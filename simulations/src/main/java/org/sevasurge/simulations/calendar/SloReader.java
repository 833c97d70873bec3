package org.sevasurge.simulations.calendar;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Reads the calendar's SLO defaults and a profile's partial overrides. Package-private; stateless. */
final class SloReader {
    private static final Set<String> KEYS = Set.of("p95Millis", "p99Millis", "maxErrorPercent");
    private static final String MILLIS = "a whole number of milliseconds from 1 to 3600000";

    private SloReader() {}

    static Map<RequestName, Slo> defaults(ConfigNode node) {
        Map<RequestName, Slo> slo = new EnumMap<>(RequestName.class);
        for (String id : node.keys()) {
            ConfigNode entry = node.object(requestName(node, id).id()).allowOnly(KEYS);
            slo.put(
                    requestName(node, id),
                    checked(
                            entry,
                            new Slo(
                                    (int) entry.whole("p95Millis", 1, 3_600_000),
                                    (int) entry.whole("p99Millis", 1, 3_600_000),
                                    entry.number("maxErrorPercent", 0, 100, "a percentage from 0 to 100"))));
        }
        for (RequestName name : RequestName.values()) {
            if (!slo.containsKey(name)) {
                throw node.error(
                        name.id(),
                        "is missing",
                        "an SLO {p95Millis, p99Millis, maxErrorPercent} for each of " + RequestName.ids());
            }
        }
        return slo;
    }

    static Map<RequestName, Slo> merged(ConfigNode node, Map<RequestName, Slo> defaults) {
        Map<RequestName, Slo> slo = new EnumMap<>(defaults);
        for (String id : node.keys()) {
            RequestName name = requestName(node, id);
            ConfigNode entry = node.object(id).allowOnly(KEYS);
            Slo base = defaults.get(name);
            slo.put(
                    name,
                    checked(
                            entry,
                            new Slo(
                                    entry.has("p95Millis")
                                            ? (int) entry.whole("p95Millis", 1, 3_600_000)
                                            : base.p95Millis(),
                                    entry.has("p99Millis")
                                            ? (int) entry.whole("p99Millis", 1, 3_600_000)
                                            : base.p99Millis(),
                                    entry.number(
                                            "maxErrorPercent",
                                            0,
                                            100,
                                            "a percentage from 0 to 100",
                                            base.maxErrorPercent()))));
        }
        return slo;
    }

    private static RequestName requestName(ConfigNode node, String id) {
        return RequestName.byId(id)
                .orElseThrow(() -> new CalendarException(
                        node.selfError("has an SLO for '" + id + "', which is not a request", RequestName.ids())
                                .getMessage()));
    }

    private static Slo checked(ConfigNode entry, Slo slo) {
        if (slo.p99Millis() < slo.p95Millis()) {
            throw entry.error(
                    "p99Millis",
                    "= " + slo.p99Millis() + " is below p95Millis = " + slo.p95Millis(),
                    MILLIS + ", at least p95Millis");
        }
        return slo;
    }
}
