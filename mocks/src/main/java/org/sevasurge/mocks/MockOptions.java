package org.sevasurge.mocks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.FaultSettings;

/**
 * How to start the mocks: port, starting profile of each service, the numbers behind the
 * profiles, the request journal and the threads that send delayed answers.
 *
 * <p>Immutable: every method that changes something returns a changed copy, so options can be
 * kept in a constant and shared between threads.
 */
public final class MockOptions {

    private final int port;
    private final Map<ExternalService, FaultProfile> profiles;
    private final FaultSettings faults;
    private final int requestJournalEntries;
    private final int asyncResponseThreads;
    private final int dribbleSlots;

    private MockOptions(
            int port,
            Map<ExternalService, FaultProfile> profiles,
            FaultSettings faults,
            int requestJournalEntries,
            int asyncResponseThreads,
            int dribbleSlots) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        }
        if (requestJournalEntries < 0) {
            throw new IllegalArgumentException("requestJournalEntries must be 0 (off) or more");
        }
        if (asyncResponseThreads < 2 || dribbleSlots < 0 || dribbleSlots >= asyncResponseThreads) {
            throw new IllegalArgumentException("need asyncResponseThreads >= 2 and 0 <= dribbleSlots"
                    + " < asyncResponseThreads, so dribbles never take every thread; were "
                    + asyncResponseThreads + " and " + dribbleSlots);
        }
        this.port = port;
        this.profiles = Collections.unmodifiableMap(new EnumMap<>(profiles));
        this.faults = faults;
        this.requestJournalEntries = requestJournalEntries;
        this.asyncResponseThreads = asyncResponseThreads;
        this.dribbleSlots = dribbleSlots;
    }

    /**
     * Any free port, every service healthy, {@link FaultSettings#defaults()}, a journal of the
     * last 1,000 requests, 16 threads for delayed answers of which at most 8 dribble at once.
     */
    public static MockOptions defaults() {
        Map<ExternalService, FaultProfile> healthy = new EnumMap<>(ExternalService.class);
        for (ExternalService service : ExternalService.values()) {
            healthy.put(service, FaultProfile.HEALTHY);
        }
        return new MockOptions(0, healthy, FaultSettings.defaults(), 1_000, 16, 8);
    }

    /** A copy listening on {@code port} of 127.0.0.1; 0 picks a free port. */
    public MockOptions port(int port) {
        return new MockOptions(port, profiles, faults, requestJournalEntries, asyncResponseThreads, dribbleSlots);
    }

    /** A copy in which every service starts under {@code profile}. */
    public MockOptions profile(FaultProfile profile) {
        Map<ExternalService, FaultProfile> all = new EnumMap<>(ExternalService.class);
        for (ExternalService service : ExternalService.values()) {
            all.put(service, profile);
        }
        return profiles(all);
    }

    /** A copy in which {@code service} starts under {@code profile}; the others keep theirs. */
    public MockOptions profile(ExternalService service, FaultProfile profile) {
        return profiles(Map.of(service, profile));
    }

    /** A copy in which the listed services start under the given profiles. */
    public MockOptions profiles(Map<ExternalService, FaultProfile> changes) {
        Map<ExternalService, FaultProfile> changed = new EnumMap<>(profiles);
        changed.putAll(changes);
        return new MockOptions(port, changed, faults, requestJournalEntries, asyncResponseThreads, dribbleSlots);
    }

    /** A copy with other numbers behind the profiles (e.g. a 200 ms "slow" for quick tests). */
    public MockOptions faults(FaultSettings faults) {
        return new MockOptions(port, profiles, faults, requestJournalEntries, asyncResponseThreads, dribbleSlots);
    }

    /**
     * A copy keeping the last {@code entries} requests in WireMock's journal ({@code /__admin/requests});
     * 0 switches the journal off, which long runs want so memory stays flat.
     */
    public MockOptions requestJournalEntries(int entries) {
        return new MockOptions(port, profiles, faults, entries, asyncResponseThreads, dribbleSlots);
    }

    /**
     * A copy with {@code threads} threads for delayed answers, of which at most {@code dribbles}
     * may write dribbled bodies at once (WireMock sleeps between chunks on these threads).
     */
    public MockOptions asyncResponseThreads(int threads, int dribbles) {
        return new MockOptions(port, profiles, faults, requestJournalEntries, threads, dribbles);
    }

    /** The port asked for; 0 means any free port. */
    public int port() {
        return port;
    }

    /** The profile each service starts under (and returns to on a reset). */
    public Map<ExternalService, FaultProfile> profiles() {
        return profiles;
    }

    /** The numbers behind the profiles. */
    public FaultSettings faults() {
        return faults;
    }

    /** How many requests the journal keeps; 0 when it is off. */
    public int requestJournalEntries() {
        return requestJournalEntries;
    }

    /** Threads sending delayed answers. */
    public int asyncResponseThreads() {
        return asyncResponseThreads;
    }

    /** How many dribbled bodies may be written at once; further dribbles arrive whole but late. */
    public int dribbleSlots() {
        return dribbleSlots;
    }
}
