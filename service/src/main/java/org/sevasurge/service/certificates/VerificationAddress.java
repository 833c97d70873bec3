package org.sevasurge.service.certificates;

import java.net.URI;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;

/**
 * The short verification address a certificate's QR code carries, e.g.
 * {@code HTTP://127.0.0.1:8080/V/INC-2027-0000123/7KQ2M4XRB3NDTZ5A}: the certificate number without its
 * {@code CRT-} and a tag, the first {@value #TAG_BYTES} bytes of the certificate's Ed25519 signature in base32.
 *
 * <p>Why this shape: the long address ({@code /api/v1/certificates/CRT-.../verification?signature=} and 86
 * base64url characters) needs a version 9 QR code (53 modules a side). Written in capitals and base32, every
 * character is in the QR alphanumeric set (11 bits per 2 characters instead of 8 bits per character), and the
 * address fits a version 3 or 4 code (29 or 33 modules): at the same printed size each module is about 1.6 times
 * as wide, and a scanner reads it more easily. Scheme and host are case-insensitive, so writing them in
 * capitals changes nothing; a base path with lower-case letters stays as configured (the code then falls back to
 * byte mode, still correct, only larger).
 *
 * <p>Why a tag is enough: what the QR code's signature proves to the verification endpoint is that the caller
 * holds the paper (only then is the holder's name shown), and 80 bits of the signature, unknown to anyone without
 * the paper, prove that as well as 512 do against guessing over the network. The full signature stays printed on
 * the certificate, and the long address keeps working for certificates issued before. Stateless and thread-safe.
 */
public final class VerificationAddress {

    /** The path of the short address, before the certificate number without {@code CRT-}. */
    public static final String PATH_PREFIX = "/V/";
    /** Bytes of the signature the tag carries: 80 bits, 16 base32 characters. */
    public static final int TAG_BYTES = 10;

    private static final String CERTIFICATE_PREFIX = "CRT-";
    private static final int TAG_CHARS = TAG_BYTES * 8 / 5;
    private static final Pattern TAG = Pattern.compile("[A-Z2-7]{" + TAG_CHARS + "}");
    /** RFC 4648 base32 (commons-codec); thread-safe. */
    private static final Base32 BASE32 = new Base32();

    private VerificationAddress() {}

    /** The short address of {@code certificateNo} signed with {@code signature}, under {@code publicBaseUrl}. */
    public static URI of(String publicBaseUrl, String certificateNo, byte[] signature) {
        if (!certificateNo.startsWith(CERTIFICATE_PREFIX)) {
            throw new IllegalArgumentException("not a certificate number: " + certificateNo);
        }
        return URI.create(capitalSchemeAndHost(publicBaseUrl) + PATH_PREFIX
                + certificateNo.substring(CERTIFICATE_PREFIX.length()) + "/" + tag(signature));
    }

    /** The certificate number a short address's number part stands for. */
    public static String certificateNo(String numberPart) {
        return CERTIFICATE_PREFIX + numberPart;
    }

    /** The tag of {@code signature}: its first {@value #TAG_BYTES} bytes in base32, capitals, no padding. */
    static String tag(byte[] signature) {
        // 10 bytes are 80 bits, 16 whole base32 characters: no padding to strip.
        return BASE32.encodeAsString(Arrays.copyOf(signature, TAG_BYTES));
    }

    /** The {@value #TAG_BYTES} bytes a tag stands for (case ignored), or null when it is not a tag. */
    public static byte @Nullable [] tagBytes(String tag) {
        String upper = tag.toUpperCase(Locale.ROOT);
        // The codec skips characters outside its alphabet; a tag must be exactly 16 of them.
        return TAG.matcher(upper).matches() ? BASE32.decode(upper) : null;
    }

    /** Whether {@code presented} is the tag of {@code signature}; compared in constant time. */
    static boolean isTagOf(byte[] presented, byte[] signature) {
        return presented.length == TAG_BYTES
                && signature.length >= TAG_BYTES
                && MessageDigest.isEqual(presented, Arrays.copyOf(signature, TAG_BYTES));
    }

    private static String capitalSchemeAndHost(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        int hostStart = base.indexOf("://");
        if (hostStart < 0) {
            return base;
        }
        int pathStart = base.indexOf('/', hostStart + 3);
        int end = pathStart < 0 ? base.length() : pathStart;
        if (base.lastIndexOf('@', end) > hostStart) {
            return base; // user information is case-sensitive
        }
        return base.substring(0, end).toUpperCase(Locale.ROOT) + base.substring(end);
    }
}
