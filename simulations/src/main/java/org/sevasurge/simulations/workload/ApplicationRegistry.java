package org.sevasurge.simulations.workload;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * What exists so far in a run, shared by all virtual users so that reads act on real things: acknowledged
 * applications with the citizen's access code (for status polls), applications waiting for an officer (each claimed
 * by exactly one), and issued certificates with the access code of their application (for downloads and
 * verifications). Lock-free and allocation-free on the read paths; the random picks come from the most recent
 * {@code capacity} entries.
 */
public final class ApplicationRegistry {
    /**
     * An application a citizen can read: its number and the access code the acknowledgement returned.
     *
     * @param number     an application or certificate number
     * @param accessCode the citizen's second factor (null when the service gives none)
     */
    public record Readable(String number, @Nullable String accessCode) {}

    /**
     * An acknowledged application waiting for its field report and decision.
     *
     * @param applicationNo its number
     * @param district      the district whose officers may work it
     * @param accessCode    the citizen's access code, for the certificate it may get
     */
    public record Pending(String applicationNo, String district, String accessCode) {}

    private final Ring<Readable> applications;
    private final Ring<Readable> certificates;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

    /** @param capacity how many recent applications and certificates random picks choose from */
    public ApplicationRegistry(int capacity) {
        applications = new Ring<>(capacity);
        certificates = new Ring<>(capacity);
    }

    /** Records an acknowledged (201) application: citizens may poll it and an officer may work it. */
    public void acknowledged(String applicationNo, String district, String accessCode) {
        applications.add(new Readable(applicationNo, accessCode));
        pending.add(new Pending(applicationNo, district, accessCode));
    }

    /** @return an application for an officer, claimed by the caller alone, or {@code null} if none waits */
    public @Nullable Pending claimForVerification() {
        return pending.poll();
    }

    /** Records an issued certificate: citizens may download it (with their code) and colleges verify it. */
    public void certificateIssued(String certificateNo, String accessCode) {
        certificates.add(new Readable(certificateNo, accessCode));
    }

    /** @return a random acknowledged application, or {@code null} if there is none yet */
    public @Nullable Readable randomApplication() {
        return applications.random();
    }

    /** @return a random issued certificate, or {@code null} if there is none yet */
    public @Nullable Readable randomCertificate() {
        return certificates.random();
    }

    /** @return applications acknowledged so far */
    public long applicationCount() {
        return applications.count();
    }

    /** @return certificates issued so far */
    public long certificateCount() {
        return certificates.count();
    }

    private static final class Ring<T> {
        private final AtomicReferenceArray<T> slots;
        private final AtomicLong added = new AtomicLong();

        Ring(int capacity) {
            slots = new AtomicReferenceArray<>(capacity);
        }

        void add(T value) {
            slots.set((int) (added.getAndIncrement() % slots.length()), value);
        }

        @Nullable
        T random() {
            long count = Math.min(added.get(), slots.length());
            if (count == 0) {
                return null;
            }
            // A slot is claimed before it is written, so a just-claimed slot may still be empty: skip it.
            return slots.get(ThreadLocalRandom.current().nextInt((int) count));
        }

        long count() {
            return added.get();
        }
    }
}
