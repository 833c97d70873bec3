package org.sevasurge.testbed.powerloss;

/**
 * A failed filesystem operation carrying the errno the caller of the system call sees. Thrown inside the
 * filesystem and turned into a negative return value at the FUSE boundary; cheap (no stack trace), since a
 * missing file is an everyday answer (a lookup before a create), not an error of this code.
 */
final class FsError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int errno;

    FsError(int errno, String message) {
        super(message, null, false, false);
        this.errno = errno;
    }

    int errno() {
        return errno;
    }
}
