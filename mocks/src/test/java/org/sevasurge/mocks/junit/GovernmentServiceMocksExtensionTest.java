package org.sevasurge.mocks.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.GovernmentServiceMocks;
import org.sevasurge.mocks.faults.FaultProfile;

@ExtendWith(GovernmentServiceMocksExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernmentServiceMocksExtensionTest {

    @Test
    @Order(1)
    void theMocksRunOnAFreeLoopbackPortAndAreInjected(GovernmentServiceMocks mocks) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(mocks.baseUrl() + "/__sevasurge/profiles"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(mocks.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith(":9090");
        assertThat(response.statusCode()).isEqualTo(200);
        mocks.setProfile(ExternalService.PAYMENT, FaultProfile.DOWN);
    }

    @Test
    @Order(2)
    void eachTestStartsFromTheStartingProfiles(GovernmentServiceMocks mocks) {
        assertThat(mocks.profile(ExternalService.PAYMENT))
                .as("the previous test left payment down; the extension must have reset it")
                .isEqualTo(FaultProfile.HEALTHY);
    }
}
