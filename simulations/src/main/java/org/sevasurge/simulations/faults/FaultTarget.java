package org.sevasurge.simulations.faults;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a fault of a scenario can hit, and what it can do there. The dependencies take the mocks' fault profiles
 * (the ids of {@code org.sevasurge.mocks.faults.FaultProfile} without {@code healthy}, which is what ends a fault);
 * the testbed's parts take the operations of {@code org.sevasurge.testbed.Testbed}. Immutable.
 */
public enum FaultTarget {
    /** The eKYC identity check, held by every submission. */
    EKYC("ekyc", Kind.DEPENDENCY),
    /** The payment gateway, held by every submission (a failure leaves the fee pending). */
    PAYMENT("payment", Kind.DEPENDENCY),
    /** The SMS gateway, called from the outbox. */
    SMS("sms", Kind.DEPENDENCY),
    /** DigiLocker, called from the outbox when a certificate is issued. */
    DIGILOCKER("digilocker", Kind.DEPENDENCY),
    /** Bhuiyan land records, held by an inspector's field report. */
    LAND_RECORDS("landrecords", Kind.DEPENDENCY),
    /** The service: {@code kill} is SIGKILL, healed by a restart on the same port with the same data. */
    SERVICE("service", Kind.SERVICE),
    /** PostgreSQL: {@code stop} is a fast shutdown, healed by a start on the same data. */
    DATABASE("database", Kind.DATABASE),
    /** The documents volume: {@code fill} writes ballast to 97 % used (past the flood watermark, room left), healed by deleting it. */
    DOCUMENTS_VOLUME("documents-volume", Kind.DOCUMENTS_VOLUME),
    /**
     * The volume of PostgreSQL's data directory (the disk that filled in October 2021): {@code fill} as the documents
     * volume's, healed by deleting the ballast.
     */
    DATABASE_VOLUME("database-volume", Kind.DATABASE_VOLUME),
    /**
     * The offered load: {@code 300%} offers three times the scenario's rate from {@code at} to {@code until} (the
     * injector's plan, not an action at run time), the scenario's rate before and after (an overload).
     */
    LOAD("load", Kind.LOAD),
    /**
     * A backlog replayed after an outage: {@code 300%} offers three times the scenario's rate from {@code at} to
     * {@code until}, the normal traffic plus the missed applications on top (twice the rate here), planned like a
     * load fault but judged by how long the backlog takes to drain.
     */
    BACKLOG("backlog", Kind.BACKLOG);

    /** The kind of part, which decides how a fault is applied and judged. */
    public enum Kind {
        DEPENDENCY,
        SERVICE,
        DATABASE,
        DOCUMENTS_VOLUME,
        DATABASE_VOLUME,
        LOAD,
        BACKLOG;

        /** @return whether a fault of this kind changes the offered load (the injector's plan) instead of a part */
        public boolean changesLoad() {
            return this == LOAD || this == BACKLOG;
        }
    }

    /** The mocks' fault profiles a dependency fault may switch to. */
    public static final List<String> DEPENDENCY_PROFILES =
            List.of("slow", "brownout", "flaky", "down", "blackhole", "dribble");

    /** The shares of the scenario's rate a load fault may offer. */
    public static final List<String> LOAD_SHARES = List.of("150%", "200%", "300%", "400%", "500%");

    private final String id;
    private final Kind kind;

    FaultTarget(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The id in a scenario file and in {@code faults.json}, e.g. {@code payment}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** What a fault on this target may do: a mock profile, or the testbed's one operation. */
    public List<String> actions() {
        return switch (kind) {
            case DEPENDENCY -> DEPENDENCY_PROFILES;
            case SERVICE -> List.of("kill");
            case DATABASE -> List.of("stop");
            case DOCUMENTS_VOLUME, DATABASE_VOLUME -> List.of("fill");
            case LOAD, BACKLOG -> LOAD_SHARES;
        };
    }

    /** @return the multiplier of a load fault's action, e.g. 3 for {@code 300%} */
    public static double loadMultiplier(String action) {
        if (!LOAD_SHARES.contains(action)) {
            throw new IllegalArgumentException("'" + action + "' is not a load share: accepted: " + LOAD_SHARES);
        }
        return Double.parseDouble(action.substring(0, action.length() - 1)) / 100;
    }

    public static Optional<FaultTarget> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** The accepted ids, comma-separated, for error messages. */
    public static String accepted() {
        return Arrays.stream(values()).map(FaultTarget::id).collect(Collectors.joining(", "));
    }
}
