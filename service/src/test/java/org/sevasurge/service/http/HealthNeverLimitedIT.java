package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;

/**
 * Health and metrics answer even when every request slot is taken: an orchestrator must still see a service that
 * sheds load, and a scraper must still record it doing so.
 */
class HealthNeverLimitedIT {

    private static final int SLOTS = 4;

    @Test
    void healthAndMetricsAnswerWhileEveryRequestSlotIsTakenAndAnApiReadIsRefused() throws Exception {
        try (RunningService service = RunningService.start(c -> c.withInFlightLimits(SLOTS, 1))) {
            ServiceClient client = service.client();
            List<Socket> slow = new ArrayList<>();
            try {
                // Inspectors on slow lines: each field report has begun but its body has not arrived, so each
                // holds one of the service's request slots.
                for (int i = 0; i < SLOTS; i++) {
                    Socket socket = new Socket("127.0.0.1", service.port());
                    slow.add(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/applications/CG-INC-2026-000000" + i + "/field-report HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                awaitInFlight(service, SLOTS);

                assertThat(client.get("/api/v1/applications?size=1").statusCode())
                        .as("every slot is taken: an API read is refused").isEqualTo(503);
                assertThat(client.get("/health/live").statusCode()).as("liveness is not limited").isEqualTo(200);
                assertThat(client.get("/health/ready").statusCode()).as("readiness is not limited").isEqualTo(200);
                assertThat(client.get("/metrics").statusCode()).as("metrics are not limited").isEqualTo(200);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static void awaitInFlight(RunningService service, int expected) throws InterruptedException {
        String wanted = "sevasurge_requests_in_flight " + expected + ".0";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String metrics = new String(service.client().get("/metrics").body(), StandardCharsets.UTF_8);
            if (metrics.contains(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the slow field reports never took all " + expected + " slots");
    }
}
