package org.sevasurge.service.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

/**
 * Officers' bearer tokens: compact JWTs signed with HMAC-SHA256 (HS256) under the service's key. An access token
 * states who the officer is (username, name, roles, district, office) and is checked on every officer request
 * without a database hit: a signature check and a few claims, microseconds. A refresh token names only the account
 * and lasts a shift; exchanging it re-reads the account. Thread-safe (Nimbus' signer and verifier are immutable).
 */
public final class OfficerTokens {

    static final String ISSUER = "sevasurge";
    private static final String USE = "use";
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    /** Why a presented token was refused, in words for the {@code 401} answer. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * @param key at least 256 bits
     */
    public OfficerTokens(byte[] key, Clock clock, Duration accessLifetime, Duration refreshLifetime) {
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token key must be at least 256 bits", e);
        }
        this.clock = clock;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    public Duration accessLifetime() {
        return accessLifetime;
    }

    public Duration refreshLifetime() {
        return refreshLifetime;
    }

    public String access(Officer officer) {
        return sign(
                new JWTClaimsSet.Builder()
                        .subject(officer.username())
                        .claim(USE, ACCESS)
                        .claim("name", officer.name())
                        .claim(
                                "roles",
                                officer.roles().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList())
                        .claim("district", officer.district())
                        .claim("office", officer.office()),
                accessLifetime);
    }

    public String refresh(String username) {
        return sign(new JWTClaimsSet.Builder().subject(username).claim(USE, REFRESH), refreshLifetime);
    }

    /** The officer an unexpired access token of this service names. */
    public Officer verifyAccess(String token) throws Refused {
        JWTClaimsSet claims = verified(token, ACCESS);
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : claims.getStringListClaim("roles")) {
                roles.add(Role.valueOf(role));
            }
            return new Officer(
                    claims.getSubject(),
                    claims.getStringClaim("name"),
                    roles,
                    claims.getStringClaim("district"),
                    claims.getStringClaim("office"));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new Refused("the token's claims are not an officer's");
        }
    }

    /** The username an unexpired refresh token of this service names. */
    public String verifyRefresh(String token) throws Refused {
        return verified(token, REFRESH).getSubject();
    }

    private String sign(JWTClaimsSet.Builder claims, Duration lifetime) {
        Instant now = clock.instant();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                claims.issuer(ISSUER)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(lifetime)))
                        .build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet verified(String token, String use) throws Refused {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Only HS256: a token that names another algorithm ("none", RS256) is refused before any check.
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw new Refused("the token's signature is not this service's");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer())
                    || !use.equals(claims.getClaim(USE))
                    || claims.getSubject() == null) {
                throw new Refused("not " + (ACCESS.equals(use) ? "an access" : "a refresh") + " token of this service");
            }
            Date expires = claims.getExpirationTime();
            if (expires == null || !clock.instant().isBefore(expires.toInstant())) {
                throw new Refused("the token has expired; "
                        + (ACCESS.equals(use)
                                ? "refresh it (POST /api/v1/auth/refresh) or log in again"
                                : "log in again"));
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            throw new Refused("not a well-formed signed token (a JWS compact serialization)");
        }
    }
}
