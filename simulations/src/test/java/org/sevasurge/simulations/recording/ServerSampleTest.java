package org.sevasurge.simulations.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerSampleTest {
    private static final String SCRAPE = """
            # HELP process_cpu_usage The "recent cpu usage" for the Java Virtual Machine process
            # TYPE process_cpu_usage gauge
            process_cpu_usage 0.25
            hikaricp_connections_active{pool="sevasurge"} 3.0
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 8388608.0
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1.3929984E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 3.2193736E7
            sevasurge_requests_in_flight 7.0
            sevasurge_storage_free_bytes{volume="database"} 8.4681760768E10
            sevasurge_storage_free_bytes{volume="documents"} 1.0E9
            sevasurge_storage_total_bytes{volume="database"} 1.0E11
            sevasurge_storage_total_bytes{volume="documents"} 4.0E9
            http_server_requests_seconds_count{method="GET",status="200",uri="/metrics"} 12.0
            process_cpu_time_ns_total 4.25E10
            sevasurge_auth_password_verify_seconds_count 18.0
            sevasurge_auth_password_verify_seconds_sum 0.9
            """;

    @Test
    void keepsCpuHeapPoolInFlightAndFreeAndTotalBytesPerVolume() {
        ServerSample sample = ServerSample.parse(SCRAPE);

        assertThat(sample.processCpuUsage()).isEqualTo(0.25);
        assertThat(sample.heapUsedBytes()).as("heap pools only, summed").isEqualTo(8388608.0 + 1.3929984E7);
        assertThat(sample.poolActive()).isEqualTo(3.0);
        assertThat(sample.inFlight()).isEqualTo(7.0);
        assertThat(sample.storageFreeBytes())
                .containsEntry("database", 8.4681760768E10)
                .containsEntry("documents", 1.0E9);
        assertThat(sample.storageTotalBytes())
                .as("the volume sizes, for the storage runway")
                .containsEntry("database", 1.0E11)
                .containsEntry("documents", 4.0E9);
    }

    @Test
    void keepsTheProcessCpuSecondsAndThePasswordChecksSoThatALoginsShareOfTheCpuCanBeTold() {
        ServerSample sample = ServerSample.parse(SCRAPE);

        assertThat(sample.processCpuSeconds()).as("nanoseconds to seconds").isEqualTo(42.5);
        assertThat(sample.passwordChecks()).isEqualTo(18.0);
        assertThat(sample.passwordCheckSeconds()).isEqualTo(0.9);
    }

    @Test
    void keepsTheRequestsWaitingForAPermitAndTheHeapLimitWithoutThePoolsThatHaveNone() {
        ServerSample sample = ServerSample.parse("""
                sevasurge_requests_waiting 42.0
                jvm_memory_max_bytes{area="heap",id="G1 Eden Space"} -1.0
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
                jvm_memory_max_bytes{area="heap",id="G1 Survivor Space"} -1.0
                jvm_memory_max_bytes{area="nonheap",id="Compressed Class Space"} 1.073741824E9
                """);

        assertThat(sample.waiting())
                .as("the queue the admission bound prevents")
                .isEqualTo(42.0);
        assertThat(sample.heapMaxBytes())
                .as("-1 is 'no limit of its own'; non-heap pools are not heap")
                .isEqualTo(5.36870912E8);
    }

    @Test
    void keepsEachRoutesHandlingCpuKeyedByMethodAndRoute() {
        ServerSample sample = ServerSample.parse("""
                sevasurge_request_cpu_seconds_count{method="GET",route="/api/v1/applications/{no}"} 400.0
                sevasurge_request_cpu_seconds_sum{method="GET",route="/api/v1/applications/{no}"} 0.12
                sevasurge_request_cpu_seconds_max{method="GET",route="/api/v1/applications/{no}"} 0.004
                sevasurge_request_cpu_seconds_count{method="POST",route="/api/v1/applications"} 10.0
                sevasurge_request_cpu_seconds_sum{method="POST",route="/api/v1/applications"} 0.05
                """);

        assertThat(sample.requestCpu())
                .containsOnlyKeys("GET /api/v1/applications/{no}", "POST /api/v1/applications")
                .containsEntry("GET /api/v1/applications/{no}", new ServerSample.RouteCpu(400, 0.12))
                .containsEntry("POST /api/v1/applications", new ServerSample.RouteCpu(10, 0.05));
    }

    @Test
    void metricsTheServiceDoesNotExposeAreNotANumber() {
        ServerSample sample = ServerSample.parse("process_cpu_usage 0.5\n");

        assertThat(sample.heapUsedBytes()).isNaN();
        assertThat(sample.storageFreeBytes()).isEmpty();
        assertThat(sample.processCpuSeconds()).isNaN();
        assertThat(sample.passwordChecks()).isNaN();
        assertThat(sample.waiting()).isNaN();
        assertThat(sample.heapMaxBytes()).isNaN();
        assertThat(sample.requestCpu()).isEmpty();
    }
}
