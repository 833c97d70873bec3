package org.sevasurge.simulations.calendar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A node of the parsed calendar that knows its file and key path, so every error names both together with the
 * accepted values. Package-private helper of {@link CalendarLoader}; immutable.
 */
final class ConfigNode {
    private final String source;
    private final String path;
    private final JsonNode node;

    ConfigNode(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /**
     * @return the root of a YAML file that must be a mapping; a {@link CalendarException} naming {@code source} (and
     * the line) when it is not valid YAML, or empty, or not a mapping ({@code topKeys} says what it should hold)
     */
    static ConfigNode root(String source, byte[] yaml, String topKeys) {
        JsonNode tree;
        try {
            tree = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new CalendarException(source + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CalendarException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new CalendarException(source + ": is empty or not a mapping: accepted values: " + topKeys);
        }
        return new ConfigNode(source, "", tree);
    }

    String path() {
        return path;
    }

    private String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    CalendarException error(String key, String problem, String accepted) {
        return new CalendarException(source + ": " + keyPath(key) + " " + problem + ": accepted values: " + accepted);
    }

    CalendarException selfError(String problem, String accepted) {
        return new CalendarException(source + ": " + path + " " + problem + ": accepted values: " + accepted);
    }

    /** Rejects keys this node does not know, because a misspelt key would otherwise be silently ignored. */
    ConfigNode allowOnly(Set<String> accepted) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!accepted.contains(name)) {
                throw new CalendarException(source + ": " + keyPath(name) + " is not a known key: accepted keys: "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return this;
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    ConfigNode object(String key) {
        JsonNode child = required(key, "a mapping of keys to values");
        if (!child.isObject()) {
            throw error(key, "= " + child + " is not a mapping", "a mapping of keys to values");
        }
        return new ConfigNode(source, keyPath(key), child);
    }

    List<ConfigNode> list(String key, String accepted) {
        JsonNode items = nonEmptyList(key, accepted, JsonNode::isObject, "a mapping");
        List<ConfigNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new ConfigNode(source, keyPath(key) + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    /** A non-empty list of quoted texts (or bare scalars YAML reads as text, such as codes). */
    List<String> texts(String key, String accepted) {
        List<String> texts = new ArrayList<>();
        nonEmptyList(key, accepted, JsonNode::isTextual, "a text").forEach(item -> texts.add(item.asText()));
        return texts;
    }

    double number(String key, double min, double max, String accepted) {
        JsonNode child = required(key, accepted);
        if (!child.isNumber()
                || child.asDouble() < min
                || child.asDouble() > max
                || !Double.isFinite(child.asDouble())) {
            throw error(key, "= " + child, accepted);
        }
        return child.asDouble();
    }

    double number(String key, double min, double max, String accepted, double defaultValue) {
        return has(key) ? number(key, min, max, accepted) : defaultValue;
    }

    long whole(String key, long min, long max) {
        String accepted = "a whole number from " + min + " to " + max;
        JsonNode child = required(key, accepted);
        if (!child.canConvertToLong() || !child.isIntegralNumber() || child.asLong() < min || child.asLong() > max) {
            throw error(key, "= " + child, accepted);
        }
        return child.asLong();
    }

    boolean bool(String key, boolean defaultValue) {
        JsonNode child = optional(key, JsonNode::isBoolean, "true or false");
        return child == null ? defaultValue : child.asBoolean();
    }

    String text(String key, String defaultValue) {
        JsonNode child = optional(key, JsonNode::isTextual, "a quoted text");
        return child == null ? defaultValue : child.asText();
    }

    LocalTime time(String key) {
        String accepted = "a quoted time of day \"HH:mm\", e.g. \"10:00\"";
        JsonNode child = required(key, accepted);
        try {
            return LocalTime.parse(child.asText());
        } catch (DateTimeParseException e) {
            throw error(key, "= " + child, accepted);
        }
    }

    /** @return the value at {@code key}; a {@link CalendarException} saying it is missing when there is none */
    private JsonNode required(String key, String accepted) {
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw error(key, "is missing", accepted);
        }
        return child;
    }

    /** @return the value at {@code key}, or null when there is none; a {@link CalendarException} if not {@code ofType} */
    private @Nullable JsonNode optional(String key, Predicate<JsonNode> ofType, String accepted) {
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            return null;
        }
        if (!ofType.test(child)) {
            throw error(key, "= " + child, accepted);
        }
        return child;
    }

    /**
     * @return the non-empty list at {@code key}, every item of it {@code ofType}; a {@link CalendarException} naming
     * the key, or the item and what it is not ({@code itemIs}), otherwise
     */
    private JsonNode nonEmptyList(String key, String accepted, Predicate<JsonNode> ofType, String itemIs) {
        JsonNode child = node.get(key);
        if (child == null || !child.isArray() || child.isEmpty()) {
            throw error(key, child == null ? "is missing" : "= " + child + " is not a non-empty list", accepted);
        }
        for (int i = 0; i < child.size(); i++) {
            if (!ofType.test(child.get(i))) {
                throw new CalendarException(source + ": " + keyPath(key) + "[" + i + "] = " + child.get(i) + " is not "
                        + itemIs + ": accepted values: " + accepted);
            }
        }
        return child;
    }

    /** A value that is a number or a text, raw, for keys accepting either (a step's factor). */
    JsonNode raw(String key) {
        return node.get(key);
    }
}
