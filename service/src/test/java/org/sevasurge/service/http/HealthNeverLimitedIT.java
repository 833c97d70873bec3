package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
        try (RunningService service =
                RunningService.start("--max-in-flight", String.valueOf(SLOTS), "--max-in-flight-submissions", "1")) {
            ServiceClient client = service.client();
            ServiceClient officer = client.asOfficer("ri.balod");
            List<CompletableFuture<?>> stuck = new ArrayList<>();
            try (Connection lock = service.connect()) {
                lock.setAutoCommit(false);
                // Officers' reads stuck behind a lock that even readers wait for: each holds one request slot.
                try (Statement st = lock.createStatement()) {
                    st.execute("LOCK TABLE applications IN ACCESS EXCLUSIVE MODE");
                }
                for (int i = 0; i < SLOTS; i++) {
                    stuck.add(
                            CompletableFuture.runAsync(() -> officer.get("/api/v1/applications/CG-INC-2027-0000001")));
                }
                awaitInFlight(service, SLOTS);

                assertThat(officer.get("/api/v1/applications?size=1").statusCode())
                        .as("every slot is taken: an API read is refused")
                        .isEqualTo(503);
                assertThat(client.get("/health/live").statusCode())
                        .as("liveness is not limited")
                        .isEqualTo(200);
                assertThat(client.get("/health/ready").statusCode())
                        .as("readiness is not limited")
                        .isEqualTo(200);
                assertThat(client.get("/metrics").statusCode())
                        .as("metrics are not limited")
                        .isEqualTo(200);
                lock.rollback();
            }
            for (CompletableFuture<?> read : stuck) {
                read.get();
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
        throw new AssertionError("the stuck reads never took all " + expected + " slots");
    }
}
