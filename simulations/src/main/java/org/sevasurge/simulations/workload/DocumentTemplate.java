package org.sevasurge.simulations.workload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * One template of the document pool: a format's magic number followed by seeded random bytes, as long as the
 * largest document, with the SHA-256 state after every {@value #CHECKPOINT_BYTES} bytes of it kept. A document of
 * any size is the template's first bytes followed by a stamp unique to it; its hash continues from the nearest
 * checkpoint before the stamp, so it costs at most {@value #CHECKPOINT_BYTES} bytes of hashing plus the stamp, not
 * the whole document. Immutable and thread-safe: the checkpoints are cloned, never updated.
 */
final class DocumentTemplate {
    /** How far apart the kept digest states are: the most a document hashes besides its stamp. */
    static final int CHECKPOINT_BYTES = 1024;

    private final DocumentType type;
    private final byte[] bytes;
    private final MessageDigest[] checkpoints;

    /**
     * @param type        the format (its magic number starts the template)
     * @param lengthBytes the largest document the template serves, bytes
     * @param seed        seed of the template's bytes
     */
    DocumentTemplate(DocumentType type, int lengthBytes, long seed) {
        this.type = type;
        this.bytes = new byte[lengthBytes];
        new SplittableRandom(seed).nextBytes(bytes);
        type.copyMagic(bytes);
        this.checkpoints = new MessageDigest[lengthBytes / CHECKPOINT_BYTES + 1];
        MessageDigest digest = sha256();
        for (int i = 0; i < checkpoints.length; i++) {
            checkpoints[i] = copy(digest);
            int from = i * CHECKPOINT_BYTES;
            digest.update(bytes, from, Math.min(CHECKPOINT_BYTES, lengthBytes - from));
        }
    }

    /** @return the template's format */
    DocumentType type() {
        return type;
    }

    /** @return the largest document this template serves, bytes */
    int lengthBytes() {
        return bytes.length;
    }

    /**
     * @param sizeBytes the document's size: at least the magic number plus the stamp, at most {@link #lengthBytes}
     * @param stamp     bytes unique to this document, written at its end
     * @param hashing   whether to compute the SHA-256
     * @return a new document: the template's first {@code sizeBytes - stamp.length} bytes, then the stamp
     */
    Document stamped(int sizeBytes, byte[] stamp, boolean hashing) {
        int prefix = sizeBytes - stamp.length;
        if (prefix < type.magicLength() || sizeBytes > bytes.length) {
            throw new IllegalArgumentException("a " + type.key() + " document of " + sizeBytes + " bytes cannot hold"
                    + " its magic number and a stamp of " + stamp.length + " bytes within " + bytes.length + " bytes");
        }
        // Arrays.copyOf allocates without zeroing first; the stamp then overwrites the tail.
        byte[] document = Arrays.copyOf(bytes, sizeBytes);
        System.arraycopy(stamp, 0, document, prefix, stamp.length);
        return new Document(type, document, hashing ? sha256Hex(prefix, stamp) : null);
    }

    private String sha256Hex(int prefix, byte[] stamp) {
        int checkpoint = prefix / CHECKPOINT_BYTES;
        MessageDigest digest = copy(checkpoints[checkpoint]);
        int from = checkpoint * CHECKPOINT_BYTES;
        digest.update(bytes, from, prefix - from);
        digest.update(stamp);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(
                    "the JDK's SHA-256 can be cloned; this provider's cannot: " + digest.getProvider(), e);
        }
    }
}
