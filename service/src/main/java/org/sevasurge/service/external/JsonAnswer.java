package org.sevasurge.service.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.sevasurge.service.http.Json;

/** Reads a dependency's JSON answer; a body that is not JSON reads as null. */
final class JsonAnswer {

    private JsonAnswer() {}

    static @Nullable JsonNode parse(HttpResponse<byte[]> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            return null;
        }
    }
}
