package org.sevasurge.service.external;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Optional;

/**
 * The clients of the five external government services, all under one base address (the simulators of
 * {@code mocks/} serve them on one port, by path prefix). Without a base address the service runs on its
 * own: no identity check, fees stay {@code PENDING}, notifications stay in the outbox. Thread-safe.
 */
public final class ExternalServices {

    private final Optional<URI> baseUrl;
    private final DependencyClient ekyc;
    private final DependencyClient payment;
    private final DependencyClient sms;
    private final DependencyClient digiLocker;
    private final DependencyClient landRecords;

    private ExternalServices(
            Optional<URI> baseUrl,
            DependencyClient ekyc,
            DependencyClient payment,
            DependencyClient sms,
            DependencyClient digiLocker,
            DependencyClient landRecords) {
        this.baseUrl = baseUrl;
        this.ekyc = ekyc;
        this.payment = payment;
        this.sms = sms;
        this.digiLocker = digiLocker;
        this.landRecords = landRecords;
    }

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
            return new ExternalServices(baseUrl, null, null, null, null, null);
        }
        URI base = baseUrl.get();
        return new ExternalServices(
                baseUrl,
                new DependencyClient("ekyc", base, ekyc, registry),
                new DependencyClient("payment", base, payment, registry),
                new DependencyClient("sms", base, outbox, registry),
                new DependencyClient("digilocker", base, outbox, registry),
                new DependencyClient("landrecords", base, landRecords, registry));
    }

    public boolean enabled() {
        return baseUrl.isPresent();
    }

    public Optional<URI> baseUrl() {
        return baseUrl;
    }

    public Optional<DependencyClient> ekyc() {
        return Optional.ofNullable(ekyc);
    }

    public Optional<DependencyClient> payment() {
        return Optional.ofNullable(payment);
    }

    public Optional<DependencyClient> sms() {
        return Optional.ofNullable(sms);
    }

    public Optional<DependencyClient> digiLocker() {
        return Optional.ofNullable(digiLocker);
    }

    public Optional<DependencyClient> landRecords() {
        return Optional.ofNullable(landRecords);
    }
}
