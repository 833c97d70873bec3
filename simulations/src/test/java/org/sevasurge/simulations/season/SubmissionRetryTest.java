package org.sevasurge.simulations.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionRetryTest {
    private final SubmissionRetry operator = new SubmissionRetry(3, 5_000);

    @Test
    void aCreatedAnswerWithItsNumberIsAcknowledged() {
        assertThat(operator.after(201, true, 1, null)).isInstanceOf(SubmissionRetry.Acknowledged.class);
    }

    @Test
    void aCreatedAnswerWithoutANumberIsNotAnAcknowledgement() {
        assertThat(operator.after(201, false, 1, null)).isInstanceOf(SubmissionRetry.GiveUp.class);
    }

    @Test
    void overloadFullDiskAndNoAnswerAreRetriedAfterRetryAfter() {
        assertThat(operator.after(503, false, 1, "2")).isEqualTo(new SubmissionRetry.Retry(2_000));
        assertThat(operator.after(507, false, 2, "1")).isEqualTo(new SubmissionRetry.Retry(1_000));
        assertThat(operator.after(null, false, 1, null))
                .as("no answer: the default second")
                .isEqualTo(new SubmissionRetry.Retry(1_000));
    }

    @Test
    void aLongRetryAfterIsCappedAndAnHttpDateTakesTheDefault() {
        assertThat(operator.after(503, false, 1, "600")).isEqualTo(new SubmissionRetry.Retry(5_000));
        assertThat(operator.after(503, false, 1, "Wed, 21 Oct 2026 07:28:00 GMT"))
                .isEqualTo(new SubmissionRetry.Retry(1_000));
    }

    @Test
    void aClientErrorIsFinalAndTheLastAttemptGivesUp() {
        assertThat(operator.after(422, false, 1, null)).isEqualTo(new SubmissionRetry.GiveUp("HTTP 422 is final"));
        assertThat(operator.after(503, false, 3, "1")).isEqualTo(new SubmissionRetry.GiveUp("3 attempt(s) spent"));
    }

    @Test
    void aCapacitySearchSubmitsOnce() {
        assertThat(new SubmissionRetry(1, 5_000).after(503, false, 1, "1")).isInstanceOf(SubmissionRetry.GiveUp.class);
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> new SubmissionRetry(0, 1_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
