package org.sevasurge.capacity.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCpuTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode scrape(double processSeconds, double statusRequests, double statusSeconds)
            throws Exception {
        return JSON.readTree("""
                {"t": 1, "processCpuSeconds": %s,
                 "requestCpu": {"GET /api/v1/applications/{no}": {"requests": %s, "seconds": %s},
                                "POST /api/v1/applications": {"requests": 4, "seconds": 0.2}}}
                """.formatted(processSeconds, statusRequests, statusSeconds));
    }

    @Test
    void theRunsCpuIsTheIncreaseFromTheFirstScrapeToTheLast() throws Exception {
        ServiceCpu cpu = ServiceCpu.of(List.of(scrape(10, 100, 0.1), scrape(12, 300, 0.3), scrape(15, 600, 0.7)));

        assertThat(cpu.processSeconds())
                .as("15 - 10, what the service used before the run excluded")
                .isCloseTo(5, within(1e-9));
        assertThat(cpu.routes())
                .as("the submit route served nothing in the run")
                .hasSize(1);
        ServiceCpu.Route status = cpu.routes().get(0);
        assertThat(status.requests()).isEqualTo(500);
        assertThat(status.seconds()).isCloseTo(0.6, within(1e-9));
        assertThat(status.millisPerRequest()).isCloseTo(1.2, within(1e-9));
        assertThat(cpu.millisPerApplication(50)).as("5 s over 50 applications").isCloseTo(100, within(1e-9));
    }

    @Test
    void aServiceRestartedInTheRunCountsFromZeroAgainAndFailedScrapesAreSkipped() throws Exception {
        ServiceCpu cpu = ServiceCpu.of(List.of(
                scrape(10, 100, 0.1),
                JSON.readTree("{\"t\": 2, \"error\": \"HttpTimeoutException\"}"),
                scrape(20, 200, 0.2),
                scrape(3, 50, 0.05),
                scrape(4, 150, 0.15)));

        assertThat(cpu.processSeconds())
                .as("10 before the crash, then 3 and 1 after it")
                .isCloseTo(14, within(1e-9));
        assertThat(cpu.routes().get(0).requests()).isEqualTo(100 + 50 + 100);
    }

    @Test
    void routesComeTheCostliestFirstAndAnOlderServiceHasNone() throws Exception {
        ServiceCpu cpu = ServiceCpu.of(List.of(JSON.readTree("""
                        {"processCpuSeconds": 0, "requestCpu": {"GET /a": {"requests": 0, "seconds": 0},
                          "GET /b": {"requests": 0, "seconds": 0}}}"""), JSON.readTree("""
                        {"processCpuSeconds": 2, "requestCpu": {"GET /a": {"requests": 10, "seconds": 0.1},
                          "GET /b": {"requests": 2, "seconds": 0.9}}}""")));

        assertThat(cpu.routes()).extracting(ServiceCpu.Route::route).containsExactly("GET /b", "GET /a");
        assertThat(cpu.handlerSeconds()).isCloseTo(1.0, within(1e-9));
        assertThat(ServiceCpu.of(List.of(JSON.readTree("{\"processCpuSeconds\": 1}")))
                        .measured())
                .isFalse();
        assertThat(ServiceCpu.of(List.of()).millisPerApplication(0)).isNaN();
    }
}
