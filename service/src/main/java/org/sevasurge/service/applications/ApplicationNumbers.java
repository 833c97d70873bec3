package org.sevasurge.service.applications;

/**
 * Readable, unique application and certificate numbers: {@code CG-INC-2027-0000123} and
 * {@code CRT-INC-2027-0000123}. Uniqueness comes from one PostgreSQL sequence; the service code and year
 * are there for people at the counter.
 */
public final class ApplicationNumbers {

    public static final String STATE = "CG";

    private static final java.util.regex.Pattern APPLICATION =
            java.util.regex.Pattern.compile("CG-[A-Z]{2,10}-\\d{4}-\\d{7,12}");
    private static final java.util.regex.Pattern CERTIFICATE =
            java.util.regex.Pattern.compile("CRT-[A-Z]{2,10}-\\d{4}-\\d{7,12}");

    private ApplicationNumbers() {}

    public static String application(String serviceCode, int year, long sequence) {
        return String.format("%s-%s-%d-%07d", STATE, serviceCode, year, sequence);
    }

    /** Whether {@code text} is shaped like an application number; anything else cannot exist. */
    public static boolean isApplicationNo(String text) {
        return text != null && APPLICATION.matcher(text).matches();
    }

    /** Whether {@code text} is shaped like a certificate number. */
    public static boolean isCertificateNo(String text) {
        return text != null && CERTIFICATE.matcher(text).matches();
    }

    /** The application a certificate number was issued on: the inverse of {@link #certificateFor}. */
    public static String applicationFor(String certificateNo) {
        return STATE + "-" + certificateNo.substring("CRT-".length());
    }

    /** The certificate issued on an application carries the same serial. */
    public static String certificateFor(String applicationNo) {
        return "CRT-" + applicationNo.substring(STATE.length() + 1);
    }
}
