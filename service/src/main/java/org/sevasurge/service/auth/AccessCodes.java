package org.sevasurge.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The citizen's second factor: a {@value #LENGTH}-character access code printed on the acknowledgement and sent by
 * SMS, without which an application's status and certificate are not shown. It is the first 50 bits of
 * HMAC-SHA256(service key, {@code "access-code-v1\n" + applicationNo}) in Crockford base32, so it needs no storage,
 * an idempotent retry of a submission returns the same code, and checking one is a single HMAC (about a
 * microsecond, no database) before the status read touches PostgreSQL. 50 bits cannot be guessed by walking
 * application numbers. Thread-safe: each call works on its own clone of the keyed {@link Mac}.
 */
public final class AccessCodes {

    public static final int LENGTH = 10;

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;

    public AccessCodes(byte[] key) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    /** The code of {@code applicationNo}, e.g. {@code 7KQ2M9XD4H}. */
    public String codeFor(String applicationNo) {
        byte[] mac = mac().doFinal(("access-code-v1\n" + applicationNo).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt((int) (bits >>> (64 - 5 * (i + 1))) & 31);
        }
        return new String(code);
    }

    /**
     * Whether {@code presented} is the code of {@code applicationNo}: case, spaces and hyphens do not matter (people
     * type it from paper); compared in constant time.
     */
    public boolean matches(String applicationNo, String presented) {
        if (presented == null || presented.length() > 4 * LENGTH) {
            return false;
        }
        String typed = presented.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(
                codeFor(applicationNo).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
