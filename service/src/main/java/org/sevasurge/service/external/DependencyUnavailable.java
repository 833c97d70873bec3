package org.sevasurge.service.external;

/**
 * An external dependency did not give a usable answer: timed out, refused, reset, answered 5xx, its circuit
 * breaker is open or its bulkhead full. Callers decide what that means for the request.
 */
public final class DependencyUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailable(String dependency, String reason, Throwable cause) {
        super(dependency + " unavailable: " + reason, cause, false, false);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
