package org.sevasurge.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle's implementation) in the PHC string format that other Argon2 tools
 * read and write: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in base64 without padding.
 * A check uses the cost written in the stored string, so accounts hashed at an older cost still log in.
 * Deliberately slow: at the default cost one check takes about 35 ms of one core and 19 MiB of memory, which is
 * what makes a stolen hash expensive to crack, and why logins are bounded (see {@link LoginService}).
 * Thread-safe.
 */
public final class PasswordHash {

    /**
     * Argon2id cost. {@link #OWASP} is the OWASP Password Storage Cheat Sheet's first recommendation.
     *
     * @param memoryKib   memory per hash, KiB
     * @param iterations  passes over that memory
     * @param parallelism lanes
     */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public static final Cost OWASP = new Cost(19_456, 2, 1);

        public Cost {
            // Bounds also protect the service from a stored string that would ask for gigabytes.
            if (memoryKib < 8 * parallelism
                    || memoryKib > 1 << 20
                    || iterations < 1
                    || iterations > 100
                    || parallelism < 1
                    || parallelism > 16) {
                throw new IllegalArgumentException("Argon2id cost out of bounds: m=" + memoryKib + " KiB, t="
                        + iterations + ", p=" + parallelism + " (m 8p..1048576, t 1..100, p 1..16)");
            }
        }
    }

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();

    public PasswordHash(Cost cost) {
        this.cost = cost;
    }

    /** A new PHC string for {@code password}, with a fresh random salt, at this hasher's cost. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches the PHC string {@code encoded}; compares in constant time.
     *
     * @throws IllegalArgumentException when {@code encoded} is not an Argon2id PHC string this class accepts
     */
    public boolean verify(String password, String encoded) {
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Argon2id (v=19) PHC string: "
                    + encoded.substring(0, Math.min(encoded.length(), 20)) + "...");
        }
        Cost stored =
                new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        return MessageDigest.isEqual(expected, argon2(password, salt, stored, expected.length));
    }

    public Cost cost() {
        return cost;
    }

    private static byte[] argon2(String password, byte[] salt, Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
