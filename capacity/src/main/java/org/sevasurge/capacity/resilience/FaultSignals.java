package org.sevasurge.capacity.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * A run second by second as a user of the service sees it: for each recorded second, the failed responses (no
 * answer or a 5xx, of any request) and the accepted submissions' p99; and from that, when a fault showed and when
 * it stopped showing. A second "shows" a fault when it has a failure or its submissions' p99 is above the
 * threshold (twice the p99 before the first fault, at least 250 ms above it). Immutable.
 */
final class FaultSignals {
    /** The request whose answers are the applications. */
    static final String SUBMIT = "submit";
    /** The citizen's status read: the read every season's mix has most of. */
    static final String STATUS = "status";

    private static final double MIN_MARGIN_MILLIS = 250;

    /** One recorded second. */
    record Second(long fromMillis, long toMillis, long failures, double submitP99Millis) {}

    private final List<Second> seconds;
    private final double thresholdMillis;

    private FaultSignals(List<Second> seconds, double thresholdMillis) {
        this.seconds = seconds;
        this.thresholdMillis = thresholdMillis;
    }

    /** @param baselineP99Millis the submissions' p99 before the first fault */
    static FaultSignals of(LoadRunFolder run, double baselineP99Millis) {
        List<JsonNode> lines = new ArrayList<>(run.responses());
        lines.sort(Comparator.comparingLong(line -> LoadRunFolder.timeOf(line, RunLayout.RESPONSES)));
        List<TimeRange> ranges = new ArrayList<>();
        for (JsonNode line : lines) {
            long end = LoadRunFolder.timeOf(line, RunLayout.RESPONSES);
            ranges.add(new TimeRange(end - Math.max(1, line.path("ms").asLong(1_000)), end));
        }
        List<LatencyLogs.OkKo> submits = run.latencyRequests().contains(SUBMIT)
                ? run.latency(SUBMIT, ranges)
                : ranges.stream().map(r -> LatencyLogs.OkKo.empty()).toList();
        List<Second> seconds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var ok = submits.get(i).ok();
            double p99 = ok.getTotalCount() == 0 ? 0 : ok.getValueAtPercentile(99) / 1000.0;
            seconds.add(new Second(ranges.get(i).fromMillis(), ranges.get(i).toMillis(), failures(lines.get(i)), p99));
        }
        double threshold = Math.max(2 * baselineP99Millis, baselineP99Millis + MIN_MARGIN_MILLIS);
        return new FaultSignals(seconds, threshold);
    }

    /** @return responses by status (0: no answer) of every request in a line */
    static Map<Integer, Long> statuses(JsonNode line) {
        Map<Integer, Long> counts = new HashMap<>();
        line.path("status")
                .fields()
                .forEachRemaining(request -> request.getValue()
                        .fields()
                        .forEachRemaining(status -> counts.merge(
                                Integer.parseInt(status.getKey()),
                                status.getValue().asLong(),
                                Long::sum)));
        return counts;
    }

    static boolean failure(int status) {
        return status == 0 || status >= 500;
    }

    private static long failures(JsonNode line) {
        return statuses(line).entrySet().stream()
                .filter(e -> failure(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private boolean shows(Second second) {
        return second.failures() > 0 || second.submitP99Millis() > thresholdMillis;
    }

    /**
     * @return seconds from {@code startMillis} to the end of the first second before {@code endMillis} that shows a
     * fault; NaN if none
     */
    double detect(long startMillis, long endMillis) {
        for (Second second : seconds) {
            if (second.toMillis() > startMillis && second.fromMillis() < endMillis && shows(second)) {
                return Math.max(0, second.toMillis() - startMillis) / 1000.0;
            }
        }
        return Double.NaN;
    }

    /**
     * @return seconds from {@code endMillis} to the start of the first stretch of {@code cleanSeconds} (cut short by
     * the run's end) in which no second shows a fault; NaN if there is none
     */
    double recover(long endMillis, double cleanSeconds) {
        for (int i = 0; i < seconds.size(); i++) {
            Second first = seconds.get(i);
            if (first.toMillis() <= endMillis) {
                continue;
            }
            boolean clean = true;
            for (int j = i;
                    j < seconds.size() && seconds.get(j).fromMillis() < first.fromMillis() + cleanSeconds * 1000;
                    j++) {
                clean &= !shows(seconds.get(j));
            }
            if (clean) {
                return Math.max(0, first.fromMillis() - endMillis) / 1000.0;
            }
        }
        return Double.NaN;
    }

    /** @return failures recorded in seconds lying wholly outside every range */
    long failuresOutside(List<TimeRange> ranges) {
        long failures = 0;
        for (Second second : seconds) {
            boolean inside = ranges.stream()
                    .anyMatch(r -> second.toMillis() > r.fromMillis() && second.fromMillis() < r.toMillis());
            if (!inside) {
                failures += second.failures();
            }
        }
        return failures;
    }

    double thresholdMillis() {
        return thresholdMillis;
    }
}
