package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
            // Officers' reads stuck behind a lock that even readers wait for: each holds one request slot.
            try (Connection lock = service.lockApplications("ACCESS EXCLUSIVE")) {
                for (int i = 0; i < SLOTS; i++) {
                    stuck.add(
                            CompletableFuture.runAsync(() -> officer.get("/api/v1/applications/CG-INC-2027-0000001")));
                }
                service.awaitMetricLine("sevasurge_requests_in_flight " + SLOTS + ".0");

                assertThat(officer.get("/api/v1/applications?size=1").statusCode())
                        .as("every slot is taken: an API read is refused")
                        .isEqualTo(503);
                for (String unlimited : List.of("/health/live", "/health/ready", "/metrics")) {
                    assertThat(client.get(unlimited).statusCode())
                            .as("%s is not limited", unlimited)
                            .isEqualTo(200);
                }
                lock.rollback();
            }
            for (CompletableFuture<?> read : stuck) {
                read.get();
            }
        }
    }
}
