package org.sevasurge.testbed;

/**
 * The size and free space of a volume, in bytes, as the service's storage guard sees it. Immutable.
 *
 * @param totalBytes the filesystem's size
 * @param freeBytes  what a non-root writer can still use
 */
public record VolumeUsage(long totalBytes, long freeBytes) {

    public VolumeUsage {
        if (totalBytes < 0 || freeBytes < 0 || freeBytes > totalBytes) {
            throw new IllegalArgumentException(
                    "a volume of " + totalBytes + " bytes cannot have " + freeBytes + " bytes free");
        }
    }

    /** The share in use, 0..1, as the storage guard's percentage watermarks read it. */
    public double usedShare() {
        return totalBytes == 0 ? 1.0 : 1.0 - (double) freeBytes / totalBytes;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT, "%d of %d bytes free (%.1f%% used)", freeBytes, totalBytes, 100 * usedShare());
    }
}
