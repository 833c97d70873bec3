package org.sevasurge.service.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sevasurge.service.http.ProblemException;

/**
 * Looks up a plot in the land records (Bhuiyan) for a field report. Unavailable land records answer the
 * report with {@code 503} and {@code Retry-After}, so the inspector can send it again; an unknown plot is a
 * {@code 422} on {@code khasraNo}. Thread-safe.
 */
public final class LandRecords {

    private final Optional<DependencyClient> client;

    public LandRecords(ExternalServices services) {
        this.client = services.landRecords();
    }

    /** The plot's record; empty when no land records service is configured. */
    public Optional<JsonNode> plot(String districtName, String khasraNo) {
        if (client.isEmpty()) {
            return Optional.empty();
        }
        DependencyClient landRecords = client.get();
        HttpResponse<byte[]> response;
        try {
            response = landRecords.send(landRecords
                    .request("/bhuiyan/v1/plots?district="
                            + URLEncoder.encode(districtName, StandardCharsets.UTF_8) + "&khasra="
                            + URLEncoder.encode(khasraNo, StandardCharsets.UTF_8))
                    .GET()
                    .build());
        } catch (DependencyUnavailable e) {
            throw IdentityCheck.unavailable(e);
        }
        if (response.statusCode() == 404) {
            throw ProblemException.invalidField(
                    422, "khasraNo", "no plot " + khasraNo + " in the land records of " + districtName);
        }
        JsonNode plot = JsonAnswer.parse(response);
        if (response.statusCode() != 200 || plot == null) {
            throw IdentityCheck.unavailable(
                    new DependencyUnavailable("landrecords", "unexpected answer " + response.statusCode(), null));
        }
        return Optional.of(plot);
    }
}
