package org.sevasurge.service.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * and lasts a shift; exchanging it re-reads the account. An access token once verified is remembered until it
 * expires (see {@link #verifyAccess}). Thread-safe (Nimbus' signer and verifier are immutable, the cache
 * concurrent).
 */
public final class OfficerTokens {

    static final String ISSUER = "sevasurge";
    private static final String USE = "use";
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";
    /**
     * Access tokens remembered once verified: an officer's token serves every request of its lifetime, so a few
     * hundred officers need a few hundred entries (about 1 KB each); the bound only stops a flood of valid tokens
     * from growing the heap.
     */
    private static final int VERIFIED_ACCESS_TOKENS = 4_096;

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Cache<String, VerifiedAccess> verifiedAccess =
            Caffeine.newBuilder().maximumSize(VERIFIED_ACCESS_TOKENS).build();

    /** An access token that passed every check, the officer it names and when it expires. */
    private record VerifiedAccess(Officer officer, Instant expires) {}

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

    /**
     * The officer an unexpired access token of this service names. A token seen before is looked up by its exact
     * text, and only its expiry is checked again: parsing the JWT and its MAC were a fifth of the status journey's
     * Java samples in a results-day profile (the service's README). Only a token that passed every check is remembered, so a forged
     * or altered token, which differs in its text, is always checked in full.
     */
    public Officer verifyAccess(String token) throws Refused {
        VerifiedAccess known = verifiedAccess.getIfPresent(token);
        if (known != null) {
            if (clock.instant().isBefore(known.expires())) {
                return known.officer();
            }
            verifiedAccess.invalidate(token);
            throw expired(ACCESS);
        }
        JWTClaimsSet claims = verified(token, ACCESS);
        Officer officer;
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : claims.getStringListClaim("roles")) {
                roles.add(Role.valueOf(role));
            }
            officer = new Officer(
                    claims.getSubject(),
                    claims.getStringClaim("name"),
                    roles,
                    claims.getStringClaim("district"),
                    claims.getStringClaim("office"));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new Refused("the token's claims are not an officer's");
        }
        verifiedAccess.put(
                token, new VerifiedAccess(officer, claims.getExpirationTime().toInstant()));
        return officer;
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
                throw expired(use);
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            throw new Refused("not a well-formed signed token (a JWS compact serialization)");
        }
    }

    private static Refused expired(String use) {
        return new Refused("the token has expired; "
                + (ACCESS.equals(use) ? "refresh it (POST /api/v1/auth/refresh) or log in again" : "log in again"));
    }
}
