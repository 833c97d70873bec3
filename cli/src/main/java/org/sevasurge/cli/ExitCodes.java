package org.sevasurge.cli;

/** The exit statuses of every command. */
public final class ExitCodes {
    /** The run passed, or the command did what it was asked. */
    public static final int PASS = 0;
    /** A verdict failed: an SLO breach, a broken ledger, a saturated injector. */
    public static final int FAIL = 1;
    /** Bad input: an option, a file or a folder that cannot be used (the message says which and why). */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
