package org.sevasurge.testbed;

/**
 * Thrown by a {@link Testbed} asked for an operation it cannot perform, e.g. killing the service of an external
 * testbed, which it did not start. The message names the operation, the testbed mode, why, and what to use instead.
 */
public final class UnsupportedTestbedOperationException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    private final TestbedOperation operation;

    public UnsupportedTestbedOperationException(TestbedOperation operation, TestbedMode mode, String why) {
        super("the " + mode.optionValue() + " testbed cannot " + operation.methodName() + ": " + why);
        this.operation = operation;
    }

    public TestbedOperation operation() {
        return operation;
    }
}
