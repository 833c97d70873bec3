package org.sevasurge.capacity.readiness;

import java.util.Map;

/**
 * One reason of a season verdict. Immutable.
 *
 * @param code    which rule
 * @param text    a sentence for people, with the numbers
 * @param figures the numbers behind it, by name (units in the names)
 */
public record Reason(ReasonCode code, String text, Map<String, Object> figures) {

    public Reason {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** @return the verdict this reason sets */
    public Readiness sets() {
        return code.sets();
    }
}
