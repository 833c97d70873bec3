package org.sevasurge.mocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the JSON answers of the simulators and reads JSON request bodies.
 *
 * <p>Error bodies have one shape across all simulated services: {@code {"error": CODE,
 * "message": text}}. Stateless and thread-safe (Jackson's ObjectMapper is, once configured).
 */
public final class JsonAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {}

    /** An answer with {@code status} and {@code body} written as JSON. */
    public static ResponseDefinition json(int status, Object body) {
        return jsonBuilder(status, body).build();
    }

    /** Like {@link #json} but still open for more headers. */
    public static ResponseDefinitionBuilder jsonBuilder(int status, Object body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(write(body));
    }

    /** An error answer {@code {"error": code, "message": message}}. */
    public static ResponseDefinition error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return json(status, body);
    }

    /** The 400 answer for a request that breaks the contract. */
    public static ResponseDefinition invalid(String message) {
        return error(400, "INVALID_REQUEST", message);
    }

    /** The request body as a JSON object, or empty when it is missing or not a JSON object. */
    public static Optional<JsonNode> readObject(Request request) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A text field of {@code node}, trimmed, or empty when absent, blank or not text. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().trim());
    }

    /** {@code body} written as JSON text. */
    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
