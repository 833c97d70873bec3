package org.sevasurge.benchmarks.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.auth.AccessCodes;
import org.sevasurge.service.auth.Officer;
import org.sevasurge.service.auth.OfficerTokens;
import org.sevasurge.service.auth.PasswordHash;
import org.sevasurge.service.auth.Role;

/*
 * What: the CPU cost of credentials, with the service's own classes.
 *   login: one officer login as LoginService does it, less the account's primary-key look-up: the Argon2id check
 *          of the password at the seeded accounts' cost (m=19456 KiB, t=2, p=1) against a stored PHC string, then
 *          the access and refresh tokens signed (HS256).
 *   bearerTokenCheck: what an officer's request pays for a token it has used before (one token serves every
 *          request of its 15 minutes): OfficerTokens remembers verified tokens, so a look-up and an expiry check;
 *          the first use of a token parses it, verifies its MAC and reads its claims (setUp does that once).
 *   accessCodeCheck: what every citizen status read pays before PostgreSQL: one HMAC-SHA256 and a compare.
 *
 * Why: the login is deliberately slow (that is what makes a stolen hash expensive), so capacity planners need its
 * cost per login to size the start of a shift; the two checks sit on hot paths (status reads target 10,000/s),
 * so they must stay in microseconds.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoginBenchmark extends SingleThreadRun {

    private static final String PASSWORD = "ri.balod@sevasurge";

    private PasswordHash hasher;
    private String storedHash;
    private OfficerTokens tokens;
    private Officer officer;
    private String accessToken;
    private AccessCodes accessCodes;
    private String accessCode;

    @Setup
    public void setUp() throws Exception {
        hasher = new PasswordHash(PasswordHash.Cost.OWASP);
        storedHash = hasher.hash(PASSWORD);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        tokens = new OfficerTokens(key, Clock.systemUTC(), Duration.ofMinutes(15), Duration.ofHours(8));
        officer = new Officer(
                "ri.balod", "Revenue Inspector, Balod", Set.of(Role.INSPECTOR), "BALOD", "Tehsil office, Balod");
        accessToken = tokens.access(officer);
        accessCodes = new AccessCodes(key);
        accessCode = accessCodes.codeFor("CG-INC-2027-0000123");
        if (!hasher.verify(PASSWORD, storedHash)
                || !tokens.verifyAccess(accessToken).equals(officer)
                || !accessCodes.matches("CG-INC-2027-0000123", accessCode)) {
            throw new IllegalStateException("the credentials do not check out");
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String login() {
        if (!hasher.verify(PASSWORD, storedHash)) {
            throw new IllegalStateException("password refused");
        }
        return tokens.access(officer) + tokens.refresh(officer.username());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Officer bearerTokenCheck() throws OfficerTokens.Refused {
        return tokens.verifyAccess(accessToken);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean accessCodeCheck() {
        return accessCodes.matches("CG-INC-2027-0000123", accessCode);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include Login
 *   java -jar benchmarks/target/benchmarks.jar LoginBenchmark -prof gc
 */
