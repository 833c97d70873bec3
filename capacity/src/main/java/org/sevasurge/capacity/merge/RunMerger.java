package org.sevasurge.capacity.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * Merges load run folders of one plan (one per injector) into one folder. Each injector's times are shifted so its
 * run second 0 falls on the first folder's (the plan's run seconds are the common clock); then latency logs merge
 * exactly, arrivals and responses lines are all kept (every analysis adds them by their overlap with a window),
 * the injectors' CPU adds per second (the merged core share is the sum of theirs), the service's metrics come from
 * the first folder that scraped it (every injector scrapes the same service), ledgers concatenate and the ledger
 * checks add. Stateless.
 */
public final class RunMerger {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunMerger() {}

    /**
     * @param runs at least two load run folders of one plan ({@link PlanCheck})
     * @param out  the merged folder, created (it must not hold a run already)
     * @return the merged folder, opened
     */
    public static LoadRunFolder merge(List<LoadRunFolder> runs, Path out) {
        JsonNode mergedRunJson = PlanCheck.mergedRunJson(runs);
        long base = runs.get(0).info().loadStartedAtMillis();
        List<Long> shifts =
                runs.stream().map(r -> base - r.info().loadStartedAtMillis()).toList();
        try {
            Files.createDirectories(out.resolve(RunLayout.LATENCY_DIR));
            JSON.writeValue(out.resolve(RunLayout.RUN_JSON).toFile(), mergedRunJson);
            TreeSet<String> requests = new TreeSet<>();
            runs.forEach(r -> requests.addAll(r.latencyRequests()));
            for (String request : requests) {
                List<Path> logs = runs.stream()
                        .map(r -> r.dir().resolve(RunLayout.LATENCY_DIR).resolve(request + RunLayout.HLOG_SUFFIX))
                        .toList();
                HistogramLogMerger.merge(
                        logs,
                        shifts,
                        out.resolve(RunLayout.LATENCY_DIR).resolve(request + RunLayout.HLOG_SUFFIX),
                        base);
            }
            JsonLinesMerge.concatenate(runs, shifts, RunLayout.ARRIVALS, out);
            JsonLinesMerge.concatenate(runs, shifts, RunLayout.RESPONSES, out);
            JsonLinesMerge.concatenate(runs, shifts, RunLayout.LEDGER, out);
            JsonLinesMerge.firstWith(runs, shifts, RunLayout.SERVER_METRICS, out);
            JsonLinesMerge.injectorCpuPerSecond(runs, shifts, out);
            writeLedgerCheck(runs, out);
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot write the merged run (" + e.getMessage() + ")", e);
        }
        return LoadRunFolder.open(out);
    }

    private static void writeLedgerCheck(List<LoadRunFolder> runs, Path out) throws IOException {
        List<JsonNode> checks = new ArrayList<>();
        for (LoadRunFolder run : runs) {
            JsonNode check = run.ledgerCheck();
            if (check == null) {
                return; // one injector's ledger unchecked: the merged ledger is unchecked too
            }
            checks.add(check);
        }
        ObjectNode merged = JSON.createObjectNode();
        for (String field : List.of("acknowledged", "readBack", "lost", "changed", "duplicated", "unreadable")) {
            merged.put(
                    field,
                    checks.stream().mapToLong(c -> c.path(field).asLong()).sum());
        }
        merged.put(
                "elapsedMillis",
                checks.stream()
                        .mapToLong(c -> c.path("elapsedMillis").asLong())
                        .max()
                        .orElse(0));
        merged.put("intact", checks.stream().allMatch(c -> c.path("intact").asBoolean(false)));
        merged.put("mergedFrom", checks.size());
        JSON.writeValue(out.resolve(RunLayout.LEDGER_CHECK).toFile(), merged);
    }
}
