package org.sevasurge.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cheap checks: access codes and bearer tokens, over many random keys and numbers. */
class CredentialsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void everyApplicationHasItsOwnCodeThatMatchesItOnlyWhateverTheKey() {
        Set<String> codes = new HashSet<>();
        for (int draw = 0; draw < 2_000; draw++) {
            AccessCodes accessCodes = new AccessCodes(key());
            String number = String.format("CG-INC-2027-%07d", draw);
            String code = accessCodes.codeFor(number);
            assertThat(code).as("ten Crockford base32 characters").matches("[0-9A-HJKMNP-TV-Z]{10}");
            assertThat(accessCodes.matches(number, code)).isTrue();
            assertThat(accessCodes.matches(number, code.toLowerCase().substring(0, 5) + "-" + code.substring(5)))
                    .as("typed in lower case with a hyphen")
                    .isTrue();
            assertThat(accessCodes.matches(String.format("CG-INC-2027-%07d", draw + 1), code))
                    .as("not the next application's")
                    .isFalse();
            assertThat(new AccessCodes(key()).matches(number, code))
                    .as("not under another key")
                    .isFalse();
            codes.add(code);
        }
        assertThat(codes).as("no two draws alike").hasSize(2_000);
    }

    @Test
    void aTokenNamesItsOfficerUntilItExpires() throws Exception {
        MutableClock clock = new MutableClock();
        OfficerTokens tokens = new OfficerTokens(key(), clock, Duration.ofMinutes(15), Duration.ofHours(8));
        Officer officer = new Officer(
                "ri.balod", "Revenue Inspector, Balod", Set.of(Role.INSPECTOR), "BALOD", "Tehsil office, Balod");
        String access = tokens.access(officer);
        assertThat(tokens.verifyAccess(access)).isEqualTo(officer);
        assertThatThrownBy(() -> tokens.verifyRefresh(access))
                .as("an access token is no refresh token")
                .isInstanceOf(OfficerTokens.Refused.class);
        assertThatThrownBy(() -> new OfficerTokens(key(), clock, Duration.ofMinutes(15), Duration.ofHours(8))
                        .verifyAccess(access))
                .as("another key's token")
                .isInstanceOf(OfficerTokens.Refused.class);
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThatThrownBy(() -> tokens.verifyAccess(access))
                .as("expired")
                .isInstanceOf(OfficerTokens.Refused.class)
                .hasMessageContaining("expired");
        assertThat(tokens.verifyRefresh(tokens.refresh("ri.balod"))).isEqualTo("ri.balod");
    }

    /** Verified tokens are remembered by their text: an altered copy of a remembered one is checked in full. */
    @Test
    void anAlteredCopyOfATokenAlreadyVerifiedIsRefused() throws Exception {
        OfficerTokens tokens = new OfficerTokens(key(), Clock.systemUTC(), Duration.ofMinutes(15), Duration.ofHours(8));
        Officer inspector = new Officer("ri.balod", "n", Set.of(Role.INSPECTOR), "BALOD", "o");
        String access = tokens.access(inspector);
        assertThat(tokens.verifyAccess(access)).isEqualTo(inspector);
        String[] parts = access.split("\\.");
        String approver = tokens.access(new Officer("tehsildar.balod", "n", Set.of(Role.APPROVER), "BALOD", "o"))
                .split("\\.")[1];

        assertThatThrownBy(() -> tokens.verifyAccess(parts[0] + "." + approver + "." + parts[2]))
                .as("another officer's claims under the remembered token's signature")
                .isInstanceOf(OfficerTokens.Refused.class);
        // A character inside the signature: the last one's low bits are padding that decoding may ignore.
        char middle = parts[2].charAt(10);
        String otherSignature = parts[2].substring(0, 10) + (middle == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertThatThrownBy(() -> tokens.verifyAccess(parts[0] + "." + parts[1] + "." + otherSignature))
                .as("the remembered token's claims under an altered signature")
                .isInstanceOf(OfficerTokens.Refused.class);
        assertThat(tokens.verifyAccess(access)).isEqualTo(inspector);
    }

    @Test
    void aTokenThatAsksForNoSignatureIsRefused() {
        OfficerTokens tokens = new OfficerTokens(key(), Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofHours(1));
        String[] parts = tokens.access(new Officer("ri.balod", "n", Set.of(Role.INSPECTOR), "BALOD", "o"))
                .split("\\.");
        String none = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> tokens.verifyAccess(none + "." + parts[1] + "."))
                .isInstanceOf(OfficerTokens.Refused.class);
    }

    @Test
    void aPasswordMatchesOnlyItsOwnHashWhateverTheSalt() {
        PasswordHash hasher = new PasswordHash(new PasswordHash.Cost(64, 1, 1));
        for (int draw = 0; draw < 200; draw++) {
            String password = "pw-" + RANDOM.nextLong();
            String hash = hasher.hash(password);
            assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
            assertThat(hasher.verify(password, hash)).isTrue();
            assertThat(hasher.verify(password + "x", hash)).isFalse();
            assertThat(hasher.hash(password)).as("a fresh salt every time").isNotEqualTo(hash);
        }
        assertThatThrownBy(() -> hasher.verify("x", "$2a$10$bcrypt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.verify(
                        "x",
                        "$argon2id$v=19$m=9999999,t=1,p=1$c2FsdHNhbHRzYWx0$"
                                + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"))
                .as("a cost that would exhaust memory")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeededHashesUseTheOwaspCost() {
        // The official Argon2 test vector would need other parameters; this checks interoperability of the format.
        String seeded = "$argon2id$v=19$m=19456,t=2,p=1$slZ3xOoJWN7YK7LISPSRFg$"
                + "NabjSlytR7EiWtDX8Rpo4NoGSCMQ2Bl665DtUwqcq+g";
        assertThat(new PasswordHash(PasswordHash.Cost.OWASP).verify("ri.balod@sevasurge", seeded))
                .isTrue();
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2027-04-01T04:30:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
