package org.sevasurge.simulations.workload;

import org.jspecify.annotations.Nullable;

/**
 * One generated document: its format, its bytes (starting with the format's magic number) and their SHA-256.
 * The byte array is shared, not copied, to keep submissions allocation-light: never modify it.
 *
 * @param type      format
 * @param bytes     content; size = {@code bytes.length}
 * @param sha256Hex lower-case hex SHA-256 of {@code bytes} (null when hashing is off)
 */
public record Document(
        DocumentType type, byte[] bytes, @Nullable String sha256Hex) {

    /** @return the document's size in bytes */
    public int sizeBytes() {
        return bytes.length;
    }
}
