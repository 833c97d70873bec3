package org.sevasurge.capacity.steps;

/** A step's verdict. */
public enum Outcome {
    /** Every request met its SLO, every journey achieved its rate and the injector kept up. */
    PASS,
    /** The service did not hold the step: an SLO breach or an achieved rate short of the offered one. */
    FAIL,
    /** The injector was saturated or fell behind its schedule: the step says nothing about the service. */
    INCONCLUSIVE
}
