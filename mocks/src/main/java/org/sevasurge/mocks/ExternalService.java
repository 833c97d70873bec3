package org.sevasurge.mocks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The five external government services the mocks simulate: the id used by the admin API and
 * the command line, and the path prefix under which every endpoint of the service sits.
 *
 * <p>Immutable, so safe to share between threads.
 */
public enum ExternalService {
    /** Identity check of an applicant at submission. */
    EKYC("ekyc", "/ekyc/"),
    /** Fee capture with an idempotency key. */
    PAYMENT("payment", "/payments/"),
    /** Citizen notifications. */
    SMS("sms", "/sms/"),
    /** Push of an issued certificate into the citizen's DigiLocker. */
    DIGILOCKER("digilocker", "/digilocker/"),
    /** Bhuiyan land records: plot lookup during the field report. */
    LAND_RECORDS("landrecords", "/bhuiyan/");

    private final String id;
    private final String pathPrefix;

    ExternalService(String id, String pathPrefix) {
        this.id = id;
        this.pathPrefix = pathPrefix;
    }

    /** The lower-case id used in the admin API and on the command line, e.g. {@code payment}. */
    public String id() {
        return id;
    }

    /** The path every endpoint of this service starts with, e.g. {@code /payments/}. */
    public String pathPrefix() {
        return pathPrefix;
    }

    /**
     * Finds a service by its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted ids when {@code id} is none of them
     */
    public static ExternalService fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ExternalService service : values()) {
            if (service.id.equals(wanted)) {
                return service;
            }
        }
        throw new IllegalArgumentException("unknown service '" + id + "'; accepted services: " + acceptedIds());
    }

    /** The accepted ids, comma separated, for error messages and usage text. */
    public static String acceptedIds() {
        return Arrays.stream(values()).map(ExternalService::id).collect(Collectors.joining(", "));
    }
}
