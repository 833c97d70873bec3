package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While PostgreSQL shuts down or restarts, a request's statement fails with one of these SQLSTATEs: the client must
 * be told to come back (503), not that the service broke (500). Found by the database-restart resilience scenario.
 */
class DatabaseUnavailableTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "57P01, true", // terminating connection due to administrator command (a clean shutdown)
        "57P02, true", // crash shutdown
        "57P03, true", // the database system is starting up
        "08006, true", // connection failure (the socket closed under the statement)
        "08003, true", // connection does not exist
        "08001, true", // cannot establish a connection
        "23505, false", // a unique violation is the request's or the service's, not an outage
        "53100, false", // disk full has its own answer (507)
        "22P05, false"
    })
    void anOutageOfTheDatabaseIsTellingTheClientToComeBack(String sqlState, boolean unavailable) {
        assertThat(ProblemResponses.databaseUnavailable(sqlState)).isEqualTo(unavailable);
    }

    @Test
    void anOutageWrappedByTheCodeThatMetItIsStillAnOutage() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(ProblemResponses.causedByDatabaseOutage(
                        new IllegalStateException("issuing the certificate failed", new RuntimeException(shutdown))))
                .as("a decision whose certificate met the shutdown: 503, come back")
                .isTrue();
        assertThat(ProblemResponses.causedByDatabaseOutage(
                        new RuntimeException(new SQLTransientConnectionException("pool timed out"))))
                .isTrue();
        assertThat(ProblemResponses.causedByDatabaseOutage(
                        new IllegalStateException(new SQLException("duplicate key", "23505"))))
                .as("a wrapped constraint violation is a bug, still a 500")
                .isFalse();
        assertThat(ProblemResponses.causedByDatabaseOutage(new NullPointerException()))
                .isFalse();
    }

    @Test
    void aFailureWithoutAnSqlStateIsNotAnOutage() {
        assertThat(ProblemResponses.databaseUnavailable(null)).isFalse();
        assertThat(ProblemResponses.databaseUnavailable("")).isFalse();
    }
}
