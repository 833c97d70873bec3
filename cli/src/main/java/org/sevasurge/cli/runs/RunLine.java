package org.sevasurge.cli.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line of {@code sevasurge runs} from a run.json. Stateless. */
final class RunLine {
    private static final int MAX_HEADLINES = 4;

    private RunLine() {}

    static String of(String id, JsonNode run) {
        JsonNode result = run.path("result");
        String verdict = result.path("verdict").asText(run.path("endedAt").isNull() ? "RUNNING?" : "-");
        List<String> headlines = new ArrayList<>();
        result.path("headlines").fields().forEachRemaining(e -> {
            if (headlines.size() < MAX_HEADLINES) {
                headlines.add(e.getKey() + " " + e.getValue().asText());
            }
        });
        String started = run.path("startedAt").asText("-");
        if (started.length() > 19) {
            started = started.substring(0, 19).replace('T', ' ');
        }
        return String.format(
                Locale.ROOT,
                "%-44s %-10s %-22s %-20s %-8s %s",
                id,
                run.path("kind").asText("-"),
                run.path("profile").asText("-"),
                started,
                verdict,
                String.join(", ", headlines));
    }
}
