package org.sevasurge.service.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The service's own {@code openapi.yaml}, used as a contract: finds the JSON Schema of a request body or of a
 * response (following {@code $ref}s to shared responses) and validates a JSON document against it with a
 * JSON Schema 2020-12 validator, the dialect OpenAPI 3.1 uses.
 */
public final class OpenApiContract {

    private static final String DOCUMENT = "classpath:openapi.yaml";

    private final JsonNode openApi;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    public OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
            openApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation errors of a response body; empty when it matches the contract. */
    public List<String> checkResponse(String method, String pathTemplate, int status, String mediaType, JsonNode body) {
        String operation = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(java.util.Locale.ROOT);
        String response = operation + "/responses/" + status;
        JsonNode node = openApi.at(response);
        if (node.isMissingNode()) {
            return List.of(method + " " + pathTemplate + " does not document status " + status);
        }
        if (node.has("$ref")) {
            response = node.get("$ref").asText().substring(1);
        }
        return check(response + "/content/" + escape(mediaType) + "/schema", body);
    }

    /** Validation errors of a JSON request body (or, for multipart, of one part's schema). */
    public List<String> checkRequest(
            String method, String pathTemplate, String mediaType, String property, JsonNode body) {
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(java.util.Locale.ROOT)
                + "/requestBody/content/" + escape(mediaType) + "/schema"
                + (property == null ? "" : "/properties/" + property);
        return check(pointer, body);
    }

    private List<String> check(String pointer, JsonNode body) {
        if (openApi.at(pointer).isMissingNode()) {
            return List.of("openapi.yaml has no schema at " + pointer);
        }
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
