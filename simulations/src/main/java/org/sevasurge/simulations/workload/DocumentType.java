package org.sevasurge.simulations.workload;

/** The document formats the service recognises by their first bytes (magic numbers). Immutable. */
public enum DocumentType {
    PDF("pdf", "application/pdf", "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    JPEG("jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String key;
    private final String contentType;
    private final byte[] magic;

    DocumentType(String key, String contentType, byte[] magic) {
        this.key = key;
        this.contentType = contentType;
        this.magic = magic;
    }

    /** @return the calendar's name for the type (pdf, jpeg, png), also the file extension */
    public String key() {
        return key;
    }

    /** @return the MIME type */
    public String contentType() {
        return contentType;
    }

    /** @return a copy of the leading bytes that identify the format */
    public byte[] magic() {
        return magic.clone();
    }

    int magicLength() {
        return magic.length;
    }

    void copyMagic(byte[] into) {
        System.arraycopy(magic, 0, into, 0, magic.length);
    }

    /** @return the type with the calendar name {@code key} */
    public static DocumentType byKey(String key) {
        for (DocumentType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown document type " + key);
    }
}
