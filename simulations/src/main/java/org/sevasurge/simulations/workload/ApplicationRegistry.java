package org.sevasurge.simulations.workload;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What exists so far in a run, shared by all virtual users so that reads act on real things: acknowledged
 * applications (for status polls), applications waiting for an officer (each claimed by exactly one), and
 * issued certificates (for downloads and verifications). Lock-free and allocation-free on the read paths;
 * the random picks come from the most recent {@code capacity} entries.
 */
public final class ApplicationRegistry {
    /** An acknowledged application waiting for its field report and decision. */
    public record Pending(String applicationNo, String district) {
    }

    private final Ring applications;
    private final Ring certificates;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

    /** @param capacity how many recent applications and certificates random picks choose from */
    public ApplicationRegistry(int capacity) {
        applications = new Ring(capacity);
        certificates = new Ring(capacity);
    }

    /** Records an acknowledged (201) application: citizens may poll it and an officer may work it. */
    public void acknowledged(String applicationNo, String district) {
        applications.add(applicationNo);
        pending.add(new Pending(applicationNo, district));
    }

    /** @return an application for an officer, claimed by the caller alone, or {@code null} if none waits */
    public Pending claimForVerification() {
        return pending.poll();
    }

    /** Records an issued certificate: citizens may download it and colleges verify it. */
    public void certificateIssued(String certificateNo) {
        certificates.add(certificateNo);
    }

    /** @return a random acknowledged application number, or {@code null} if there is none yet */
    public String randomApplication() {
        return applications.random();
    }

    /** @return a random issued certificate number, or {@code null} if there is none yet */
    public String randomCertificate() {
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

    private static final class Ring {
        private final AtomicReferenceArray<String> slots;
        private final AtomicLong added = new AtomicLong();

        Ring(int capacity) {
            slots = new AtomicReferenceArray<>(capacity);
        }

        void add(String value) {
            slots.set((int) (added.getAndIncrement() % slots.length()), value);
        }

        String random() {
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
