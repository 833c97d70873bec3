package org.sevasurge.capacity.search;

/** What a capacity search could establish. */
public enum FindingStatus {
    /** A passing rate with a failing one above it: the capacity lies between them. */
    FOUND,
    /** Every step passed: the capacity is above the highest rate searched. */
    ABOVE_RANGE,
    /** The first step failed: the capacity is below the lowest rate searched. */
    BELOW_RANGE,
    /** The injector saturated or fell behind before the service failed: the injector is the limit. */
    INJECTOR_LIMIT
}
