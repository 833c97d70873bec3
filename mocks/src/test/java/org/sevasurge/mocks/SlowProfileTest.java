package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.mocks.TestClient.Outcome;
import org.sevasurge.mocks.faults.FaultProfile;

/** The default "slow" is what a capacity run relies on: about 2 s. Costs one 2 s wait. */
class SlowProfileTest {

  @Test
  void theDefaultSlowProfileAnswersAfterAboutTwoSeconds() {
    try (GovernmentServiceMocks mocks = GovernmentServiceMocks.start(
        MockOptions.defaults().profile(ExternalService.LAND_RECORDS, FaultProfile.SLOW))) {
      TestClient client = new TestClient(mocks.baseUrl());

      List<Outcome> outcomes = TestClient.inParallel(5, 5, () -> client.get(Payloads.PLOT_QUERY));

      assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(200));
      assertThat(TestClient.medianMillis(outcomes))
          .as("median of 5 draws from log-normal(2000 ms, sigma 0.3)")
          .isBetween(1_300L, 4_500L);
    }
  }
}
