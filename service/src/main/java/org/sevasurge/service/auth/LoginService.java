package org.sevasurge.service.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;

/**
 * Logs officers in (username and password against the stored Argon2id hash) and exchanges refresh tokens for new
 * access tokens. An unknown username costs the same hash as a known one, so timing does not tell which accounts
 * exist. Every hash check is timed into {@code sevasurge_auth_password_verify_seconds}. Concurrent hash checks
 * are bounded (each takes a core and 19 MiB for about 35 ms): a login that finds no free slot within
 * {@value #WAIT_MILLIS} ms gets a fast {@code 503} with {@code Retry-After}. Thread-safe.
 */
public final class LoginService {

    private static final long WAIT_MILLIS = 2_000;

    private final Database database;
    private final AccountRepository accounts;
    private final PasswordHash hasher;
    private final OfficerTokens tokens;
    private final Semaphore hashing;
    private final String unknownAccountHash;
    private final Timer verifyTimer;
    private final Counter succeeded;
    private final Counter refused;
    private final Counter busy;

    /** What a login or a refresh returns; {@code refreshToken} is null after a refresh (the old one stays valid). */
    public record Login(Officer officer, String accessToken, String refreshToken) {}

    public LoginService(
            Database database,
            AccountRepository accounts,
            PasswordHash hasher,
            OfficerTokens tokens,
            int maxConcurrentHashes,
            MeterRegistry registry) {
        this.database = database;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.hashing = new Semaphore(maxConcurrentHashes);
        this.unknownAccountHash = hasher.hash("no such account");
        this.verifyTimer = Timer.builder("sevasurge.auth.password.verify")
                .description("time of one Argon2id password check (the slow hash of a login)")
                .register(registry);
        this.succeeded = loginCounter(registry, "success");
        this.refused = loginCounter(registry, "refused");
        this.busy = loginCounter(registry, "busy");
    }

    public Login login(String username, String password) throws SQLException {
        Optional<AccountRepository.Account> account = database.read(c -> accounts.find(c, username));
        boolean matches = verify(
                password, account.map(AccountRepository.Account::passwordHash).orElse(unknownAccountHash));
        if (!matches || account.isEmpty() || !account.get().active()) {
            refused.increment();
            throw ProblemException.unauthenticated("unknown username or wrong password", false);
        }
        succeeded.increment();
        Officer officer = account.get().officer();
        return new Login(officer, tokens.access(officer), tokens.refresh(officer.username()));
    }

    /** A new access token for the account a valid refresh token names, if it is still active. */
    public Login refresh(String refreshToken) throws SQLException {
        String username;
        try {
            username = tokens.verifyRefresh(refreshToken);
        } catch (OfficerTokens.Refused e) {
            throw ProblemException.unauthenticated("the refresh token is refused: " + e.getMessage(), true);
        }
        AccountRepository.Account account = database.read(c -> accounts.find(c, username))
                .filter(AccountRepository.Account::active)
                .orElseThrow(
                        () -> ProblemException.unauthenticated("account " + username + " can no longer log in", true));
        return new Login(account.officer(), tokens.access(account.officer()), null);
    }

    public OfficerTokens tokens() {
        return tokens;
    }

    private boolean verify(String password, String encoded) {
        boolean acquired = false;
        try {
            acquired = hashing.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (!acquired) {
                busy.increment();
                throw new ProblemException(
                        Problem.of(
                                "/problems/overloaded",
                                "The service is overloaded",
                                503,
                                "too many logins at once; retry after the pause"),
                        1);
            }
            long start = System.nanoTime();
            boolean matches = hasher.verify(password, encoded);
            verifyTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return matches;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        } finally {
            if (acquired) {
                hashing.release();
            }
        }
    }

    private static Counter loginCounter(MeterRegistry registry, String outcome) {
        return Counter.builder("sevasurge.auth.logins")
                .tag("outcome", outcome)
                .description("logins by outcome: success, refused (bad credentials), busy (503, no hashing slot)")
                .register(registry);
    }
}
