package org.sevasurge.service.http;

/**
 * What a submission gets when a volume is full (HTTP 507, the 2021 incident): which volume, and when to retry.
 */
public final class DiskFull {

    /** Space usually comes back by an operator's hand, not in a second: ask clients to pause a while. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DiskFull() {}

    public static Problem problem(String volume, String detail) {
        return Problem.of(
                        "/problems/insufficient-storage",
                        "Insufficient storage",
                        507,
                        detail + "; submissions are paused, status checks, downloads and verification still work")
                .withVolume(volume);
    }

    /** True when the failure is the operating system's ENOSPC ("No space left on device"). */
    public static boolean isNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }
}
