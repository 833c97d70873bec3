package org.sevasurge.simulations.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads one profile and its steps. Package-private; stateless. */
final class ProfileReader {
    private static final String STEP_SHAPE = "{from: \"HH:mm\", to: \"HH:mm\", factor: <number or factor name>, "
            + "toFactor: <optional>} or {from, to, submissionsPerSecond: <number>, toSubmissionsPerSecond: <optional>}";

    private ProfileReader() {}

    static Profile read(String name, ConfigNode node, Map<String, Double> factors, Map<RequestName, Slo> slo) {
        node.allowOnly(Set.of(
                "description", "compression", "growth", "peakMonth", "readFactor", "steps", "slo", "warmUpSeconds"));
        List<ProfileStep> steps = new ArrayList<>();
        LocalTime previousEnd = null;
        for (ConfigNode stepNode : node.list("steps", "a list of steps " + STEP_SHAPE)) {
            ProfileStep step = step(stepNode, factors);
            if (previousEnd != null && !step.from().equals(previousEnd)) {
                throw stepNode.error(
                        "from",
                        "= \"" + step.from() + "\" leaves a gap or overlap after the previous " + "step's end",
                        "\"" + previousEnd + "\" (steps are contiguous)");
            }
            previousEnd = step.to();
            steps.add(step);
        }
        return new Profile(
                name,
                node.text("description", ""),
                node.number(
                        "compression",
                        1e-3,
                        1e6,
                        "a number > 0 (how many times faster than the calendar; 1 = real time)"),
                node.bool("growth", true),
                node.bool("peakMonth", true),
                node.number("readFactor", 0, 100, "a number from 0 to 100 (multiplier on citizen reads)", 1.0),
                steps,
                node.has("slo") ? SloReader.merged(node.object("slo"), slo) : slo,
                node.number(
                        "warmUpSeconds",
                        0,
                        Profile.MAX_WARM_UP_SECONDS,
                        "a number of seconds from 0 to " + (int) Profile.MAX_WARM_UP_SECONDS
                                + " (the season mix played unjudged before the profile; 0 for a cold start)",
                        0));
    }

    private static ProfileStep step(ConfigNode node, Map<String, Double> factors) {
        node.allowOnly(Set.of("from", "to", "factor", "toFactor", "submissionsPerSecond", "toSubmissionsPerSecond"));
        LocalTime from = node.time("from");
        LocalTime to = node.time("to");
        if (!to.isAfter(from)) {
            throw node.error("to", "= \"" + to + "\" is not after from = \"" + from + "\"", "a time of day after from");
        }
        boolean absolute = node.has("submissionsPerSecond");
        if (absolute == node.has("factor")) {
            throw node.selfError("needs exactly one of factor and submissionsPerSecond", STEP_SHAPE);
        }
        String startKey = absolute ? "submissionsPerSecond" : "factor";
        String endKey = absolute ? "toSubmissionsPerSecond" : "toFactor";
        if (node.has(absolute ? "toFactor" : "toSubmissionsPerSecond")) {
            throw node.selfError("mixes factor and submissionsPerSecond", STEP_SHAPE);
        }
        double start = level(node, startKey, factors, absolute);
        double end = node.has(endKey) ? level(node, endKey, factors, absolute) : start;
        String label = text(node.raw(startKey))
                + (node.has(endKey) ? " -> " + text(node.raw(endKey)) : "")
                + (absolute ? " submissions/s" : "");
        return new ProfileStep(from, to, start, end, absolute, label);
    }

    private static double level(ConfigNode node, String key, Map<String, Double> factors, boolean absolute) {
        JsonNode value = node.raw(key);
        if (value.isTextual() && !absolute) {
            Double factor = factors.get(value.asText());
            if (factor == null) {
                throw node.error(
                        key,
                        "= \"" + value.asText() + "\" names no factor",
                        "a number >= 0 or one of the factors " + String.join(", ", new TreeSet<>(factors.keySet())));
            }
            return factor;
        }
        return node.number(
                key,
                0,
                1e6,
                absolute
                        ? "a number of submissions per second >= 0"
                        : "a number >= 0 or one of the factors " + String.join(", ", new TreeSet<>(factors.keySet())));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
