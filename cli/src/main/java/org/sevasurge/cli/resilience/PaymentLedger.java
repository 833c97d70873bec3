package org.sevasurge.cli.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.testbed.Testbed;

/**
 * What the mocks' payment gateway charged during a scenario ({@code GET /__sevasurge/payments/charges}): the number of
 * charges and the applications captured more than once, kept as {@code payments.json} in the run folder so the
 * verdict can say "never charged twice". Nothing is written when the testbed runs no mocks. Stateless.
 */
final class PaymentLedger {
    private static final String LEDGER_PATH = "/__sevasurge/payments/charges";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PaymentLedger() {}

    /** @return the number of applications charged twice, or -1 without mocks */
    static int record(Testbed testbed, Path runDir) throws IOException, InterruptedException {
        if (testbed.mocksBaseUrl().isEmpty()) {
            return -1;
        }
        URI ledger = testbed.mocksBaseUrl().get().resolve(LEDGER_PATH);
        HttpResponse<String> response = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .build()
                .send(
                        HttpRequest.newBuilder(ledger).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(ledger + " answered HTTP " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        ObjectNode kept = JSON.createObjectNode()
                .put("chargeCount", body.path("chargeCount").asLong());
        kept.set("duplicateCaptures", body.path("duplicateCaptures"));
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(runDir.resolve(RunLayout.PAYMENTS).toFile(), kept);
        return body.path("duplicateCaptures").size();
    }
}
