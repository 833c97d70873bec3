package org.sevasurge.capacity.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * Writes a judged run's result: {@code summary.txt}, and a {@code result} object in {@code run.json} (verdict,
 * reasons, headline figures) that {@code ./sevasurge runs} lists. Stateless.
 */
public final class RunResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunResults() {}

    /**
     * @param runDir    the run folder
     * @param verdict   {@code PASS} or {@code FAIL} (or a search's status)
     * @param reasons   why (empty for a pass)
     * @param headlines a few figures for the run list, e.g. {@code status p95 ms}
     * @param summary   the summary text, or null to leave summary.txt alone
     */
    public static void write(
            Path runDir,
            String verdict,
            Iterable<String> reasons,
            Map<String, Object> headlines,
            @Nullable String summary) {
        Path file = runDir.resolve(RunLayout.RUN_JSON);
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            ObjectNode result = root.putObject("result");
            result.put("verdict", verdict);
            reasons.forEach(result.putArray("reasons")::add);
            result.set("headlines", JSON.valueToTree(headlines));
            JSON.writeValue(file.toFile(), root);
            if (summary != null) {
                Files.writeString(runDir.resolve(RunLayout.SUMMARY), summary, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result into " + file, e);
        }
    }
}
