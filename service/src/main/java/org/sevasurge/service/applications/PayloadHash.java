package org.sevasurge.service.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a submission that idempotency and the load generator's ledger compare:
 * SHA-256 over {@code "sevasurge-payload-v1\n"}, the hex SHA-256 of the JSON part's bytes and a newline, then
 * each document's hex SHA-256 and a newline, in order. A client can compute it without the service.
 */
public final class PayloadHash {

    private static final HexFormat HEX = HexFormat.of();

    private PayloadHash() {}

    public static String of(byte[] json, List<String> documentSha256s) {
        MessageDigest outer = sha256();
        outer.update("sevasurge-payload-v1\n".getBytes(StandardCharsets.US_ASCII));
        outer.update((HEX.formatHex(sha256().digest(json)) + "\n").getBytes(StandardCharsets.US_ASCII));
        for (String document : documentSha256s) {
            outer.update((document + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return HEX.formatHex(outer.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
