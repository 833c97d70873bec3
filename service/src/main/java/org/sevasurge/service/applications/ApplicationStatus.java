package org.sevasurge.service.applications;

/**
 * Lifecycle of an application:
 * {@code SUBMITTED -> UNDER_VERIFICATION -> VERIFIED -> APPROVED | REJECTED}.
 * A field report moves it to {@code UNDER_VERIFICATION} (visit begun) or {@code VERIFIED} (report complete);
 * a decision is taken only on a verified application.
 */
public enum ApplicationStatus {
    SUBMITTED,
    UNDER_VERIFICATION,
    VERIFIED,
    APPROVED,
    REJECTED
}
