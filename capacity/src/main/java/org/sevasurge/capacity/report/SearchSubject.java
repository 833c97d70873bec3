package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.search.StorageFootprint;
import org.sevasurge.capacity.usl.UslModel;
import org.sevasurge.capacity.verdict.LedgerResult;

/** A capacity search (its capacity.json and staircase folders) as the report's subject. Stateless. */
final class SearchSubject {
    static final String SEASON_MIX = "season-mix";

    private SearchSubject() {}

    static Subject of(java.nio.file.Path dir, JsonNode capacity, List<Report.RunRef> refs, double targetUtilisation) {
        Set<String> names = new LinkedHashSet<>();
        capacity.path("steps").forEach(s -> names.add(s.path("staircase").asText()));
        List<LoadRunFolder> staircases = new ArrayList<>();
        for (String name : names) {
            staircases.add(LoadRunFolder.open(dir.resolve(name)));
        }
        List<StepRow> steps = new ArrayList<>();
        capacity.path("steps").forEach(s -> steps.add(StepRows.of(s)));
        String status = capacity.path("status").asText();
        Double perInstance = number(capacity.path("capacityPerSecond"));
        JsonNode limit = capacity.path("limit");
        String journey = capacity.path("journey").asText();
        CapacitySection section = new CapacitySection(
                status,
                journey,
                capacity.path("unit").asText(),
                perInstance,
                limit.isObject() ? number(limit.path("atPerSecond")) : null,
                limit.isObject() ? limit.path("reason").asText() : null,
                capacity.path("line").asText(),
                targetUtilisation,
                List.of());
        String note = !SEASON_MIX.equals(journey)
                ? "the search measured " + journey + ", not the season mix"
                : perInstance == null ? "the search established none (" + status + ")" : "";
        String invalid = "INJECTOR_LIMIT".equals(status)
                ? "the injector was the limit: " + capacity.path("line").asText()
                : null;
        return new Subject(
                "capacity search " + capacity.path("runId").asText() + " (" + journey + ")",
                refs,
                staircases,
                new Report.RunResult(status, capacity.path("line").asText(), List.of()),
                section,
                note,
                steps,
                List.of(),
                usl(capacity.path("usl")),
                ledger(staircases),
                List.of(),
                invalid,
                footprint(capacity.path("storage")));
    }

    private static @Nullable LedgerResult ledger(List<LoadRunFolder> staircases) {
        long[] sums = new long[7];
        for (LoadRunFolder staircase : staircases) {
            LedgerResult r = LedgerResult.of(staircase.ledgerCheck());
            if (r == null) {
                return null;
            }
            long[] values = {
                r.acknowledged(), r.readBack(), r.lost(), r.changed(), r.duplicated(), r.unreadable(), r.elapsedMillis()
            };
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        return staircases.isEmpty()
                ? null
                : new LedgerResult(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
    }

    private static @Nullable StorageFootprint footprint(@Nullable JsonNode storage) {
        if (!storage.isObject()) {
            return null;
        }
        Double documents = number(storage.path("documentBytesPerApplication"));
        Double database = number(storage.path("databaseBytesPerApplication"));
        return new StorageFootprint(
                storage.path("acknowledged").asLong(),
                documents == null ? Double.NaN : documents,
                database == null ? Double.NaN : database);
    }

    static UslSection usl(JsonNode usl) {
        if (!usl.has("sigma")) {
            return new UslSection(
                    0,
                    0,
                    0,
                    null,
                    null,
                    0,
                    List.of(),
                    List.of(),
                    usl.path("problem").asText("not fitted"));
        }
        UslModel model = new UslModel(
                usl.path("sigma").asDouble(),
                usl.path("kappa").asDouble(),
                usl.path("lambda").asDouble());
        List<double[]> points = new ArrayList<>();
        double maxN = 0;
        for (JsonNode p : usl.path("points")) {
            points.add(new double[] {
                p.path("concurrency").asDouble(), p.path("throughput").asDouble()
            });
            maxN = Math.max(maxN, p.path("concurrency").asDouble());
        }
        double peak = model.peakConcurrency();
        double end = Math.max(maxN * 1.5, Double.isFinite(peak) ? Math.min(peak * 1.5, maxN * 10) : 0);
        List<double[]> curve = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            double n = end * i / 60;
            curve.add(new double[] {n, model.throughput(n)});
        }
        return new UslSection(
                model.sigma(),
                model.kappa(),
                model.lambda(),
                Double.isFinite(peak) ? peak : null,
                Double.isFinite(model.peakThroughput()) ? model.peakThroughput() : null,
                usl.path("rSquared").asDouble(),
                points,
                curve,
                null);
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }
}
