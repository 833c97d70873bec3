package org.sevasurge.capacity.compare;

/** How a figure moved between two runs. */
public enum Change {
    /** Worse by more than the threshold, and beyond noise. */
    REGRESSION,
    /** Better by more than the threshold, and beyond noise. */
    IMPROVEMENT,
    /** Within the threshold, or not beyond noise. */
    WITHIN_NOISE,
    /** Too little data in one of the runs to decide (never a regression). */
    UNDECIDED
}
