package org.sevasurge.simulations.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of a ledger check: counts per kind of problem and the first problems in detail. Immutable.
 *
 * @param acknowledged ledger entries (201s) checked
 * @param readBack     distinct applications read back from the service
 * @param lost         acknowledged applications the service does not know
 * @param changed      applications whose payloadSha256 differs from what was sent
 * @param duplicated   numbers under two keys plus keys acknowledged with two numbers
 * @param unreadable   applications the service did not answer for
 * @param problems     the first problems, for people (at most {@link LedgerCheck#MAX_LISTED_PROBLEMS})
 * @param elapsedMillis how long the check took, milliseconds
 */
public record LedgerVerdict(
        int acknowledged,
        int readBack,
        int lost,
        int changed,
        int duplicated,
        int unreadable,
        List<LedgerProblem> problems,
        long elapsedMillis) {

    public LedgerVerdict {
        problems = List.copyOf(problems);
    }

    /** @return whether every acknowledged application is there, unchanged and unique */
    public boolean intact() {
        return lost == 0 && changed == 0 && duplicated == 0 && unreadable == 0;
    }

    /** @return one line for people, e.g. "intact: 180 acknowledged, 180 read back" */
    public String describe() {
        String counts = acknowledged + " acknowledged, " + readBack + " read back";
        return intact()
                ? "intact: " + counts
                : "BROKEN: " + lost + " lost, " + changed + " changed, " + duplicated + " duplicated, " + unreadable
                        + " unreadable (" + counts + ")";
    }

    /** Writes the verdict as {@code ledger-check.json}. */
    public void writeTo(Path file) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("intact", intact());
        root.put("acknowledged", acknowledged);
        root.put("readBack", readBack);
        root.put("lost", lost);
        root.put("changed", changed);
        root.put("duplicated", duplicated);
        root.put("unreadable", unreadable);
        root.put("elapsedMillis", elapsedMillis);
        ArrayNode list = root.putArray("problems");
        for (LedgerProblem problem : problems) {
            list.addObject()
                    .put("kind", problem.kind().name())
                    .put("applicationNo", problem.applicationNo())
                    .put("idempotencyKey", problem.idempotencyKey())
                    .put("detail", problem.detail());
        }
        try {
            json.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
