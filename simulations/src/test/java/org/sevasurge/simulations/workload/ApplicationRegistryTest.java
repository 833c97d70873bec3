package org.sevasurge.simulations.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApplicationRegistryTest {

    @Test
    void readsFindNothingUntilSomethingExists() {
        ApplicationRegistry registry = new ApplicationRegistry(16);

        assertThat(registry.randomApplication()).isNull();
        assertThat(registry.randomCertificate()).isNull();
        assertThat(registry.claimForVerification()).isNull();
    }

    @Test
    void picksComeFromWhatWasAcknowledgedAndIssuedWithTheCitizensCode() {
        ApplicationRegistry registry = new ApplicationRegistry(16);
        registry.acknowledged("CG-INC-2026-0000001", "BALOD", "7K3M9Q2X4B");
        registry.certificateIssued("CRT-INC-2026-0000001", "7K3M9Q2X4B");

        assertThat(registry.randomApplication())
                .isEqualTo(new ApplicationRegistry.Readable("CG-INC-2026-0000001", "7K3M9Q2X4B"));
        assertThat(registry.randomCertificate())
                .isEqualTo(new ApplicationRegistry.Readable("CRT-INC-2026-0000001", "7K3M9Q2X4B"));
        assertThat(registry.claimForVerification())
                .isEqualTo(new ApplicationRegistry.Pending("CG-INC-2026-0000001", "BALOD", "7K3M9Q2X4B"));
    }

    @Test
    void eachApplicationIsClaimedByExactlyOneOfficer() throws InterruptedException {
        ApplicationRegistry registry = new ApplicationRegistry(1024);
        for (int i = 0; i < 1_000; i++) {
            registry.acknowledged("CG-INC-2026-" + i, "RAIPUR", "code" + i);
        }
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        AtomicInteger claims = new AtomicInteger();
        ExecutorService officers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            officers.submit(() -> {
                for (ApplicationRegistry.Pending p; (p = registry.claimForVerification()) != null; ) {
                    claimed.add(p.applicationNo());
                    claims.incrementAndGet();
                }
            });
        }
        officers.shutdown();
        assertThat(officers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(claims.get()).as("no application claimed twice").isEqualTo(1_000);
        assertThat(claimed).hasSize(1_000);
    }
}
