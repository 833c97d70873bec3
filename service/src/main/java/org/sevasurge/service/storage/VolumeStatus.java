package org.sevasurge.service.storage;

/**
 * One reading of a watched volume. Immutable.
 *
 * @param name        {@code documents} or {@code database}
 * @param path        the directory watched
 * @param totalBytes  size of the file system
 * @param usableBytes bytes this process may still write
 * @param level       the watermark state at the reading
 */
public record VolumeStatus(String name, String path, long totalBytes, long usableBytes, StorageLevel level) {

    public double usedPercent() {
        return totalBytes <= 0 ? 0 : 100.0 * (totalBytes - usableBytes) / totalBytes;
    }
}
