package org.sevasurge.mocks.digilocker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Responder;

/**
 * Accepts the push of an issued certificate: body {@code {"certificateNumber", "documentType",
 * "holderName", "issuedOn" (yyyy-MM-dd), "holderMobile"?, "sha256"?}}; 201 {@code {"documentId",
 * "uri", "status": "PUSHED"}} with a {@code Location} header; 400 when the body breaks the
 * contract.
 *
 * <p>The document id is derived from the certificate number, so a repeated push (an outbox
 * retry) gets the same id without the simulator keeping any state. Stateless and thread-safe.
 */
public final class DigiLockerIssuer implements Responder {

    /** Where issued certificates are pushed, by {@code POST}. */
    public static final String DOCUMENTS_PATH = "/digilocker/v1/documents";

    private static final List<String> REQUIRED = List.of("certificateNumber", "documentType", "holderName", "issuedOn");

    @Override
    public ResponseDefinition respond(Request request) {
        Optional<JsonNode> body = JsonAnswers.readObject(request);
        if (body.isEmpty()) {
            return JsonAnswers.invalid("body must be a JSON object");
        }
        for (String field : REQUIRED) {
            if (JsonAnswers.text(body.get(), field).isEmpty()) {
                return JsonAnswers.invalid(field + " is required");
            }
        }
        if (!isDate(JsonAnswers.text(body.get(), "issuedOn").orElseThrow())) {
            return JsonAnswers.invalid("issuedOn must be a date as yyyy-MM-dd");
        }
        String certificateNumber =
                JsonAnswers.text(body.get(), "certificateNumber").orElseThrow();
        String documentType = JsonAnswers.text(body.get(), "documentType").orElseThrow();
        String documentId = "DL-" + digest(certificateNumber).substring(0, 16);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("documentId", documentId);
        answer.put("uri", "in.gov.sevasurge-" + documentType + "-" + certificateNumber);
        answer.put("status", "PUSHED");
        return JsonAnswers.jsonBuilder(201, answer)
                .withHeader("Location", DOCUMENTS_PATH + "/" + documentId)
                .build();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String digest(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().withUpperCase().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
