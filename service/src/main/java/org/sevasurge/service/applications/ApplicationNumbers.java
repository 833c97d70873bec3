package org.sevasurge.service.applications;

/**
 * Readable, unique application and certificate numbers: {@code CG-INC-2027-0000123} and
 * {@code CRT-INC-2027-0000123}. Uniqueness comes from one PostgreSQL sequence; the service code and year
 * are there for people at the counter.
 */
public final class ApplicationNumbers {

    public static final String STATE = "CG";

    private ApplicationNumbers() {
    }

    public static String application(String serviceCode, int year, long sequence) {
        return String.format("%s-%s-%d-%07d", STATE, serviceCode, year, sequence);
    }

    /** The certificate issued on an application carries the same serial. */
    public static String certificateFor(String applicationNo) {
        return "CRT-" + applicationNo.substring(STATE.length() + 1);
    }
}
