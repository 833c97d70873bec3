package org.sevasurge.capacity.readiness;

/** The season verdict, worst last. */
public enum Readiness {
    /** Every rule holds. */
    READY,
    /** The season can be carried, but without the planned headroom, or something could not be measured. */
    AT_RISK,
    /** The season cannot be carried as planned: an overload, a full volume, a lost application, a failed run. */
    NOT_READY;

    /** @return the label people read, e.g. {@code AT RISK} */
    public String label() {
        return name().replace('_', ' ');
    }
}
