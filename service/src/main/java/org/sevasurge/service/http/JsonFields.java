package org.sevasurge.service.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sevasurge.service.http.Problem.FieldError;

/**
 * Reads fields of a JSON request body one by one, collecting a {@link FieldError} for each that is missing,
 * of the wrong type or out of bounds, so that one answer names every mistake. Stateless.
 */
public final class JsonFields {

    private JsonFields() {}

    /** Parses {@code json} as an object; malformed input is a 400 naming {@code what} and the position. */
    public static JsonNode object(byte[] json, String what) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Some failures (nesting too deep, a number too long) come with no location.
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw ProblemException.invalidField(400, what, "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.invalidField(400, what, "unreadable JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.invalidField(400, what, "must be a JSON object");
        }
        return root;
    }

    public static @Nullable String text(
            JsonNode parent, String name, String path, int min, int max, List<FieldError> errors) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            errors.add(new FieldError(path, "is required"));
            return null;
        }
        return checkedText(node, path, min, max, false, errors);
    }

    public static String optionalText(JsonNode parent, String name, String path, int max, List<FieldError> errors) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : checkedText(node, path, 1, max, false, errors);
    }

    /** Like {@link #optionalText}, for free text that may span lines (remarks, reasons, addresses). */
    public static @Nullable String optionalFreeText(
            JsonNode parent, String name, String path, int max, List<FieldError> errors) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : checkedText(node, path, 1, max, true, errors);
    }

    /** A required text that must be one of {@code accepted}. */
    public static @Nullable String oneOf(JsonNode parent, String name, Set<String> accepted, List<FieldError> errors) {
        String value = text(parent, name, name, 1, 40, errors);
        if (value != null && !accepted.contains(value)) {
            errors.add(new FieldError(
                    name,
                    "must be one of "
                            + String.join(", ", accepted.stream().sorted().toList()) + ", got '" + value + "'"));
            return null;
        }
        return value;
    }

    public static boolean optionalBoolean(JsonNode parent, String name, boolean fallback, List<FieldError> errors) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(name, "must be true or false"));
            return fallback;
        }
        return node.booleanValue();
    }

    public static void unknownFields(JsonNode node, Set<String> known, String prefix, List<FieldError> errors) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                errors.add(new FieldError(
                        prefix + field,
                        "is not a known field; known: "
                                + String.join(", ", known.stream().sorted().toList())));
            }
        });
    }

    private static @Nullable String checkedText(
            JsonNode node, String path, int min, int max, boolean multiline, List<FieldError> errors) {
        if (!node.isTextual()) {
            errors.add(new FieldError(path, "must be a string"));
            return null;
        }
        String value = node.textValue().strip();
        if (value.length() < min || value.length() > max) {
            errors.add(new FieldError(
                    path,
                    min == max
                            ? "must be " + min + " characters long"
                            : "must be " + min + " to " + max + " characters long"));
            return null;
        }
        String problem = PlainText.problem(value, multiline);
        if (problem != null) {
            errors.add(new FieldError(path, problem));
            return null;
        }
        return value;
    }
}
