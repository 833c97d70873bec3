package org.sevasurge.capacity.runway;

/**
 * One volume to project. Immutable.
 *
 * @param name                e.g. {@code documents}, {@code database}
 * @param sizeBytes           its size, bytes (> 0)
 * @param usedBytes           in use when the season starts, bytes (0..size)
 * @param bytesPerApplication what one acknowledged application adds to it, bytes (>= 0)
 * @param source              where size and use come from: {@code options} or {@code measured}
 */
public record VolumeSpec(String name, double sizeBytes, double usedBytes, double bytesPerApplication, String source) {

    public VolumeSpec {
        if (!(sizeBytes > 0) || !(usedBytes >= 0) || usedBytes > sizeBytes || !(bytesPerApplication >= 0)) {
            throw new IllegalArgumentException("volume " + name + ": needs size > 0, 0 <= used <= size and bytes per"
                    + " application >= 0, got size " + sizeBytes + ", used " + usedBytes + ", per application "
                    + bytesPerApplication);
        }
    }
}
