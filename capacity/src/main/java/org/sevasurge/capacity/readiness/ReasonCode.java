package org.sevasurge.capacity.readiness;

/** Why a season is not READY; each code has one rule in {@link ReadinessRules} and the verdict it sets. */
public enum ReasonCode {
    /** An acknowledged application was lost, changed, duplicated or unreadable. */
    LEDGER_BROKEN(Readiness.NOT_READY),
    /** The instances together carry less than the busy hour's submissions. */
    BUSY_HOUR_OVERLOAD(Readiness.NOT_READY),
    /** A volume reaches its flood watermark (submissions refused with 507) within the season. */
    VOLUME_FLOOD(Readiness.NOT_READY),
    /** A season run breached its SLOs. */
    SEASON_RUN_FAILED(Readiness.NOT_READY),
    /** The busy hour runs the instances above the planned utilisation. */
    BUSY_HOUR_ABOVE_TARGET(Readiness.AT_RISK),
    /** Losing one instance in the busy hour leaves too few (the state runs N, not N+1). */
    NO_FAILOVER_HEADROOM(Readiness.AT_RISK),
    /** The results-day burst exceeds what the instances carry: citizens get 503 with Retry-After. */
    RESULTS_DAY_SHEDS_LOAD(Readiness.AT_RISK),
    /** A volume reaches its high watermark within the season. */
    VOLUME_HIGH(Readiness.AT_RISK),
    /** No capacity per instance for the season mix was measured or established. */
    CAPACITY_UNKNOWN(Readiness.AT_RISK),
    /** The storage runway could not be computed (bytes per application, volume sizes or season dates missing). */
    RUNWAY_UNKNOWN(Readiness.AT_RISK),
    /** The acknowledged applications were not read back. */
    LEDGER_UNCHECKED(Readiness.AT_RISK),
    /** The injector saturated or fell behind: the measurements describe the load generator, not the service. */
    RUN_INVALID(Readiness.AT_RISK);

    private final Readiness sets;

    ReasonCode(Readiness sets) {
        this.sets = sets;
    }

    /** @return the verdict this reason sets at least */
    public Readiness sets() {
        return sets;
    }
}
