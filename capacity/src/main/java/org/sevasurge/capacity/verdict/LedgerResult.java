package org.sevasurge.capacity.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The ack ledger's read-back as {@code ledger-check.json} records it. Immutable.
 *
 * @param acknowledged  201s in the ledger
 * @param readBack      applications read back
 * @param lost          acknowledged applications the service does not know
 * @param changed       applications whose content differs from what was sent
 * @param duplicated    numbers under two keys, or keys with two numbers
 * @param unreadable    applications the service did not answer for
 * @param elapsedMillis how long the read-back took
 */
public record LedgerResult(
        long acknowledged,
        long readBack,
        long lost,
        long changed,
        long duplicated,
        long unreadable,
        long elapsedMillis) {

    /** @return the result in {@code node} (ledger-check.json), or null for null */
    public static @Nullable LedgerResult of(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        return new LedgerResult(
                node.path("acknowledged").asLong(),
                node.path("readBack").asLong(),
                node.path("lost").asLong(),
                node.path("changed").asLong(),
                node.path("duplicated").asLong(),
                node.path("unreadable").asLong(),
                node.path("elapsedMillis").asLong());
    }

    /** @return whether nothing acknowledged was lost, changed, duplicated or unreadable */
    public boolean intact() {
        return lost == 0 && changed == 0 && duplicated == 0 && unreadable == 0;
    }

    /** @return one line, e.g. {@code intact: 197 acknowledged, 197 read back in 0.3 s} */
    public String describe() {
        String counts = acknowledged + " acknowledged, " + readBack + " read back";
        String time = String.format(java.util.Locale.ROOT, " in %.1f s", elapsedMillis / 1000.0);
        return intact()
                ? "intact: " + counts + time
                : "BROKEN: " + lost + " lost, " + changed + " changed, " + duplicated + " duplicated, " + unreadable
                        + " unreadable (" + counts + ")" + time;
    }
}
