package org.sevasurge.simulations.calendar;

import java.util.Optional;

/**
 * The user journeys of the season workload and how many of each one application brings.
 * Submissions are a closed population (an operator works one application at a time); the others are open
 * arrivals.
 */
public enum Journey {
    /** A centre operator submits an application with its documents (closed model). */
    SUBMIT("centre operator submits an application", false),
    /** A citizen polls the status of an application (open model). */
    STATUS("citizen polls status", true),
    /** An officer works the queue: queue and detail views, field report, decision (open model). */
    OFFICER("officer works the queue", false),
    /** A citizen downloads a certificate PDF (open model). */
    DOWNLOAD("citizen downloads the certificate", true),
    /** A college verifies a certificate (open model). */
    VERIFY("college verifies a certificate", true);

    private final String description;
    private final boolean citizenRead;

    Journey(String description, boolean citizenRead) {
        this.description = description;
        this.citizenRead = citizenRead;
    }

    /** @return a sentence naming who does what */
    public String description() {
        return description;
    }

    /** @return whether a profile's readFactor (refresh storms) scales this journey */
    public boolean citizenRead() {
        return citizenRead;
    }

    /** @return the lower-case id used in run.json and the summary */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the journey with that id, if there is one */
    public static Optional<Journey> byId(String id) {
        for (Journey journey : values()) {
            if (journey.id().equals(id)) {
                return Optional.of(journey);
            }
        }
        return Optional.empty();
    }

    /** @return every id, comma-separated, for error messages */
    public static String ids() {
        return java.util.Arrays.stream(values()).map(Journey::id).collect(java.util.stream.Collectors.joining(", "));
    }

    /** @return arrivals of this journey per submitted application, before a profile's readFactor */
    public double perApplication(ReadsPerApplication reads) {
        return switch (this) {
            case SUBMIT, OFFICER -> 1.0;
            case STATUS -> reads.statusChecks();
            case DOWNLOAD -> reads.certificateDownloads();
            case VERIFY -> reads.verifications();
        };
    }
}
