package org.sevasurge.capacity.report;

import org.jspecify.annotations.Nullable;

/**
 * A volume's size and use as the planner gives them ({@code --volume-size}, {@code --volume-used}); either may be
 * null (then the storage guard's measurement is used). Immutable.
 *
 * @param sizeBytes the volume's size, bytes, or null
 * @param usedBytes in use when the season starts, bytes, or null
 */
public record VolumeOption(
        @Nullable Double sizeBytes, @Nullable Double usedBytes) {}
