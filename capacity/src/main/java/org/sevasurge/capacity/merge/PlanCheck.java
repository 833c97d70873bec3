package org.sevasurge.capacity.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.PlanStep;
import org.sevasurge.capacity.runs.RunInfo;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * Whether run folders are injectors of one plan (same kind, profile, journeys and step boundaries; each injector may
 * carry its own share of the rates, e.g. {@code --rate-factor 0.5}), and the merged run.json: the first folder's,
 * with every step's levels and offered rates added, the injectors' core shares added and {@code mergedFrom}
 * listing the folders' run ids. Stateless.
 */
public final class PlanCheck {
    private PlanCheck() {}

    /** @throws BadInputException naming the two folders and what differs, unless they share a plan */
    public static void requireSamePlan(List<LoadRunFolder> runs) {
        if (runs.size() < 2) {
            throw new BadInputException("merging needs at least two run folders, got " + runs.size());
        }
        RunInfo first = runs.get(0).info();
        for (LoadRunFolder run : runs.subList(1, runs.size())) {
            RunInfo other = run.info();
            String where = run.dir().resolve(RunLayout.RUN_JSON) + " and "
                    + runs.get(0).dir().resolve(RunLayout.RUN_JSON);
            check(first.kind().equals(other.kind()), where, "kind", first.kind(), other.kind());
            check(first.profile().equals(other.profile()), where, "profile", first.profile(), other.profile());
            check(first.journeys().equals(other.journeys()), where, "journeys", first.journeys(), other.journeys());
            check(
                    first.steps().size() == other.steps().size(),
                    where,
                    "plan.steps (count)",
                    first.steps().size(),
                    other.steps().size());
            for (int i = 0; i < first.steps().size(); i++) {
                PlanStep a = first.steps().get(i);
                PlanStep b = other.steps().get(i);
                check(
                        Math.abs(a.startSeconds() - b.startSeconds()) < 1e-3
                                && Math.abs(a.endSeconds() - b.endSeconds()) < 1e-3,
                        where,
                        "plan.steps[" + i + "] (start/end seconds)",
                        a.startSeconds() + "-" + a.endSeconds(),
                        b.startSeconds() + "-" + b.endSeconds());
            }
        }
    }

    /** @return the merged run.json of {@code runs} (checked with {@link #requireSamePlan} first) */
    static JsonNode mergedRunJson(List<LoadRunFolder> runs) {
        requireSamePlan(runs);
        ObjectNode merged = (ObjectNode) runs.get(0).runJson().deepCopy();
        merged.remove("result");
        double cores = 0;
        ArrayNode from = merged.putArray("mergedFrom");
        for (LoadRunFolder run : runs) {
            cores += run.info().injectorCores();
            from.add(run.info().runId());
        }
        merged.put("runId", runs.get(0).info().runId() + "-merged");
        ((ObjectNode) merged.withObject("/parameters"))
                .put("injectorCores", cores)
                .put("injectors", runs.size());
        ArrayNode steps = (ArrayNode) merged.path("plan").path("steps");
        for (int i = 0; i < steps.size(); i++) {
            ObjectNode step = (ObjectNode) steps.get(i);
            int index = i;
            step.put(
                    "levelStart",
                    runs.stream()
                            .mapToDouble(r -> r.info().steps().get(index).levelStart())
                            .sum());
            step.put(
                    "levelEnd",
                    runs.stream()
                            .mapToDouble(r -> r.info().steps().get(index).levelEnd())
                            .sum());
            sumRates(step, "offeredStart", runs, i, true);
            sumRates(step, "offeredEnd", runs, i, false);
        }
        return merged;
    }

    private static void sumRates(ObjectNode step, String field, List<LoadRunFolder> runs, int index, boolean start) {
        ObjectNode rates = step.putObject(field);
        for (LoadRunFolder run : runs) {
            PlanStep planStep = run.info().steps().get(index);
            Map<String, Double> offered = start ? planStep.offeredStart() : planStep.offeredEnd();
            offered.forEach(
                    (journey, rate) -> rates.put(journey, rates.path(journey).asDouble(0) + rate));
        }
    }

    private static void check(boolean same, String where, String field, Object a, Object b) {
        if (!same) {
            throw new BadInputException(where + ": not injectors of one plan: field '" + field + "' differs (" + b
                    + " vs " + a + "); accepted: folders of the same kind, profile, journeys and step boundaries");
        }
    }
}
