package org.sevasurge.mocks.payment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Every charge of the simulated payment gateway, by idempotency key. A key makes at most one
 * charge however often it is sent; the ledger lets a test prove that no application was charged
 * twice ({@link #duplicateCaptures()} is empty).
 *
 * <p>Thread-safe. Memory: one small entry per key (a few hundred bytes), kept until
 * {@link #clear()}; size the heap of long runs accordingly.
 */
public final class ChargeLedger {

    /** References starting with this (any case) are declined, so the service can test that path. */
    public static final String DECLINE_PREFIX = "DECLINE";

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The result of one charge request: the charge, and whether this request created it. */
    record Result(Charge charge, boolean created) {}

    /**
     * Charges once per key: the first request with {@code key} creates the charge, later ones get
     * the same charge back (with their request counted).
     */
    Result charge(String key, String reference, long amountPaise) {
        AtomicInteger created = new AtomicInteger();
        Entry entry = byKey.computeIfAbsent(key, k -> {
            created.set(1);
            return new Entry(newCharge(k, reference, amountPaise));
        });
        entry.requests.incrementAndGet();
        return new Result(entry.snapshot(), created.get() == 1);
    }

    /** The charge made with {@code key}, if any. */
    public Optional<Charge> find(String key) {
        return Optional.ofNullable(byKey.get(key)).map(Entry::snapshot);
    }

    /** Every charge, oldest first. */
    public List<Charge> charges() {
        return byKey.values().stream()
                .map(Entry::snapshot)
                .sorted(Comparator.comparing(Charge::chargeId))
                .collect(Collectors.toList());
    }

    /** How many charges were made (one per distinct key), captured or declined. */
    public int chargeCount() {
        return byKey.size();
    }

    /** Captured charges per reference; a value above 1 is a double charge. */
    public Map<String, Long> capturedByReference() {
        return byKey.values().stream()
                .map(Entry::snapshot)
                .filter(Charge::captured)
                .collect(Collectors.groupingBy(Charge::reference, TreeMap::new, Collectors.counting()));
    }

    /** The references that were captured more than once (different keys); empty when all is well. */
    public Map<String, Long> duplicateCaptures() {
        Map<String, Long> duplicates = new TreeMap<>(capturedByReference());
        duplicates.values().removeIf(count -> count < 2);
        return duplicates;
    }

    /** Forgets every charge, e.g. between two runs. */
    public void clear() {
        byKey.clear();
    }

    private Charge newCharge(String key, String reference, long amountPaise) {
        boolean declined = reference.toUpperCase(Locale.ROOT).startsWith(DECLINE_PREFIX);
        String chargeId = String.format(Locale.ROOT, "ch_%010d", sequence.incrementAndGet());
        return new Charge(
                chargeId, key, reference, amountPaise, declined ? Charge.DECLINED : Charge.CAPTURED, Instant.now(), 0);
    }

    /** A charge plus the live count of requests that carried its key. */
    private static final class Entry {
        private final Charge charge;
        private final AtomicInteger requests = new AtomicInteger();

        private Entry(Charge charge) {
            this.charge = charge;
        }

        private Charge snapshot() {
            return new Charge(
                    charge.chargeId(),
                    charge.idempotencyKey(),
                    charge.reference(),
                    charge.amountPaise(),
                    charge.status(),
                    charge.createdAt(),
                    requests.get());
        }
    }
}
