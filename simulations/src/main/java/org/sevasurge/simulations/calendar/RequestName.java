package org.sevasurge.simulations.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named requests of the season workload. The id is the Gatling request name, the key of an SLO in the
 * calendar and the file name of the request's latency log ({@code latency/<id>.hlog}).
 */
public enum RequestName {
    SUBMIT("submit"),
    STATUS("status"),
    OFFICER_QUEUE("officer-queue"),
    OFFICER_DETAIL("officer-detail"),
    FIELD_REPORT("field-report"),
    DECISION("decision"),
    CERTIFICATE_DOWNLOAD("certificate-download"),
    CERTIFICATE_VERIFICATION("certificate-verification"),
    /** An officer's login (a slow password hash on the service: part of every run's cost). */
    LOGIN("login"),
    /** An officer's access-token refresh during a long shift. */
    TOKEN_REFRESH("token-refresh");

    private final String id;

    RequestName(String id) {
        this.id = id;
    }

    /** @return the request's name in Gatling, SLOs and latency files */
    public String id() {
        return id;
    }

    /** @return the request with that id, if there is one */
    public static Optional<RequestName> byId(String id) {
        for (RequestName name : values()) {
            if (name.id.equals(id)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** @return every id, comma-separated, for error messages */
    public static String ids() {
        return Arrays.stream(values()).map(RequestName::id).collect(Collectors.joining(", "));
    }
}
