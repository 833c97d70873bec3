package org.sevasurge.simulations.workload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The service's payload hash, computed independently so the ack ledger can be checked:
 * hex SHA-256 of ("sevasurge-payload-v1\n" + hex SHA-256(JSON part) + "\n" + for each document in order:
 * hex SHA-256(document) + "\n"). Stateless and thread-safe (one digest per thread).
 */
public final class PayloadHash {
    private static final byte[] PREFIX = "sevasurge-payload-v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    private PayloadHash() {}

    /** @return lower-case hex SHA-256 of {@code bytes} */
    public static String sha256Hex(byte[] bytes) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /** @return the payload hash of a JSON part and documents given by their hex SHA-256, in order */
    public static String of(String jsonSha256Hex, List<String> documentSha256Hex) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        digest.update(PREFIX);
        digest.update(jsonSha256Hex.getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) '\n');
        for (String hex : documentSha256Hex) {
            digest.update(hex.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
