package org.sevasurge.testbed.images;

/**
 * What {@link Images#build} did for one image. Immutable.
 *
 * @param image           the tag
 * @param reused          true when it was present and kept (no {@code --force})
 * @param debootstrapMillis time spent in debootstrap and trimming the rootfs (0 when reused)
 * @param importMillis    time spent in {@code docker import} (0 when reused)
 * @param sizeBytes       the image's size as Docker reports it
 */
public record BuildResult(String image, boolean reused, long debootstrapMillis, long importMillis, long sizeBytes) {}
