package org.sevasurge.service.external;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Optional;

/**
 * The clients of the five external government services, all under one base address (the simulators of
 * {@code mocks/} serve them on one port, by path prefix). Without a base address the service runs on its
 * own: no identity check, fees stay {@code PENDING}, notifications stay in the outbox, and every client is
 * absent. Immutable; the clients are thread-safe.
 */
public record ExternalServices(
        Optional<URI> baseUrl,
        Optional<DependencyClient> ekyc,
        Optional<DependencyClient> payment,
        Optional<DependencyClient> sms,
        Optional<DependencyClient> digiLocker,
        Optional<DependencyClient> landRecords) {

    /** Clients with the standard settings of {@link DependencySettings}. */
    public static ExternalServices at(Optional<URI> baseUrl, MeterRegistry registry) {
        return at(
                baseUrl,
                DependencySettings.ekyc(),
                DependencySettings.payment(),
                DependencySettings.outbox(),
                DependencySettings.landRecords(),
                registry);
    }

    public static ExternalServices at(
            Optional<URI> baseUrl,
            DependencySettings ekyc,
            DependencySettings payment,
            DependencySettings outbox,
            DependencySettings landRecords,
            MeterRegistry registry) {
        if (baseUrl.isEmpty()) {
            return new ExternalServices(
                    baseUrl, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        URI base = baseUrl.get();
        return new ExternalServices(
                baseUrl,
                Optional.of(new DependencyClient("ekyc", base, ekyc, registry)),
                Optional.of(new DependencyClient("payment", base, payment, registry)),
                Optional.of(new DependencyClient("sms", base, outbox, registry)),
                Optional.of(new DependencyClient("digilocker", base, outbox, registry)),
                Optional.of(new DependencyClient("landrecords", base, landRecords, registry)));
    }

    public boolean enabled() {
        return baseUrl.isPresent();
    }
}
