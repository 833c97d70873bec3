package org.sevasurge.capacity.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunInfo;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * When a run's requests failed: the seconds of {@code responses.jsonl} with failed responses (no response, or a 5xx)
 * grouped into spans (a gap of more than {@value #GAP_SECONDS} s starts a new one), each with its failures by status.
 * An outage shows as one span; scattered failures as many small ones. Stateless.
 */
public final class FailureSpans {
    static final double GAP_SECONDS = 2;

    private FailureSpans() {}

    /**
     * A stretch of a run with failed requests. Immutable.
     *
     * @param fromSeconds run second of the first failure's interval start
     * @param toSeconds   run second of the last failure's interval end
     * @param byStatus    failed responses by status (0: no response)
     */
    public record Span(double fromSeconds, double toSeconds, Map<Integer, Long> byStatus) {
        /** @return failed responses in the span */
        public long failures() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /** @return e.g. {@code 12-17 s: 41 failed (no response x30, 503 x11)} */
        public String describe() {
            StringBuilder statuses = new StringBuilder();
            byStatus.forEach((status, count) -> statuses.append(statuses.length() == 0 ? "" : ", ")
                    .append(status == 0 ? "no response" : status)
                    .append(" x")
                    .append(count));
            return String.format(
                    Locale.ROOT, "%.0f-%.0f s: %d failed (%s)", fromSeconds, toSeconds, failures(), statuses);
        }
    }

    /** @return the spans of failed requests of {@code run}, in time order */
    public static List<Span> of(LoadRunFolder run) {
        RunInfo info = run.info();
        List<Span> spans = new ArrayList<>();
        double from = 0;
        double to = Double.NEGATIVE_INFINITY;
        Map<Integer, Long> counts = new TreeMap<>();
        for (JsonNode line : run.responses()) {
            Map<Integer, Long> failed = failures(line);
            if (failed.isEmpty()) {
                continue;
            }
            double end = info.runSeconds(LoadRunFolder.timeOf(line, RunLayout.RESPONSES));
            double start = end - line.path("ms").asLong(1000) / 1000.0;
            if (!counts.isEmpty() && start - to > GAP_SECONDS) {
                spans.add(new Span(from, to, counts));
                counts = new TreeMap<>();
            }
            if (counts.isEmpty()) {
                from = start;
            }
            to = end;
            for (Map.Entry<Integer, Long> entry : failed.entrySet()) {
                counts.merge(entry.getKey(), entry.getValue(), Long::sum);
            }
        }
        if (!counts.isEmpty()) {
            spans.add(new Span(from, to, counts));
        }
        return spans;
    }

    private static Map<Integer, Long> failures(JsonNode line) {
        Map<Integer, Long> failed = new TreeMap<>();
        for (JsonNode request : line.path("status")) {
            request.fields().forEachRemaining(entry -> {
                int status = Integer.parseInt(entry.getKey());
                if (status == 0 || status >= 500) {
                    failed.merge(status, entry.getValue().asLong(), Long::sum);
                }
            });
        }
        return failed;
    }
}
