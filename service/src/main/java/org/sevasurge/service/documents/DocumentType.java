package org.sevasurge.service.documents;

import java.util.Optional;

/**
 * The document formats a centre may upload, recognised by their leading bytes ("magic numbers"), never by the
 * declared content type or file name, which clients get wrong or forge.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** The longest signature: how many leading bytes {@link #detect} needs. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final byte[] signature;

    DocumentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature starts {@code head} (its first {@code length} bytes), if any. */
    public static Optional<DocumentType> detect(byte[] head, int length) {
        for (DocumentType type : values()) {
            if (startsWith(head, length, type.signature)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
