package org.sevasurge.mocks.faults;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sevasurge.mocks.ExternalService;

/**
 * The fault profile each service runs under right now.
 *
 * <p>Thread-safe. Every request reads its service's profile exactly once, so a switch is atomic
 * per request: a request sees either the old or the new profile, never a mixture and never a
 * missing stub (the stubs themselves never change when a profile does).
 */
public final class ProfileBoard {

    private final AtomicReferenceArray<FaultProfile> current =
            new AtomicReferenceArray<>(ExternalService.values().length);

    /** A board with every service on {@code initial}. */
    public ProfileBoard(Map<ExternalService, FaultProfile> initial) {
        for (ExternalService service : ExternalService.values()) {
            current.set(service.ordinal(), initial.getOrDefault(service, FaultProfile.HEALTHY));
        }
    }

    /** The profile {@code service} runs under now. */
    public FaultProfile get(ExternalService service) {
        return current.get(service.ordinal());
    }

    /** Switches one service and returns the profile it ran under before. */
    public FaultProfile set(ExternalService service, FaultProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("profile must not be null");
        }
        return current.getAndSet(service.ordinal(), profile);
    }

    /** Switches every service listed in {@code profiles}; the others keep theirs. */
    public void setAll(Map<ExternalService, FaultProfile> profiles) {
        profiles.forEach(this::set);
    }

    /** A copy of the current profiles, in declaration order of the services. */
    public Map<ExternalService, FaultProfile> snapshot() {
        Map<ExternalService, FaultProfile> copy = new EnumMap<>(ExternalService.class);
        for (ExternalService service : ExternalService.values()) {
            copy.put(service, get(service));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The current profiles as {@code ekyc=healthy, payment=slow, ...}, for logs. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ExternalService service : ExternalService.values()) {
            text.append(text.length() == 0 ? "" : ", ")
                    .append(service.id())
                    .append('=')
                    .append(get(service).id());
        }
        return text.toString();
    }
}
