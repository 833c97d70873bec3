package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sevasurge.mocks.faults.FaultProfile;

class StartupArgumentsTest {

    @Test
    void withoutArgumentsEveryServiceStartsHealthyOnPort9090() {
        StartupArguments arguments = StartupArguments.parse();

        assertThat(arguments.port()).isEqualTo(9090);
        assertThat(arguments.toOptions().profiles())
                .containsOnlyKeys(ExternalService.values())
                .allSatisfy((service, profile) -> assertThat(profile).isEqualTo(FaultProfile.HEALTHY));
    }

    @Test
    void aProfileWithoutServiceAppliesToEveryService() {
        MockOptions options =
                StartupArguments.parse("--port", "0", "--profile", "slow").toOptions();

        assertThat(options.port()).isZero();
        assertThat(options.profiles())
                .allSatisfy((service, profile) -> assertThat(profile).isEqualTo(FaultProfile.SLOW));
    }

    @Test
    void perServiceProfilesApplyLeftToRightOverTheDefault() {
        MockOptions options =
                StartupArguments.parse("--profile=flaky,payment=slow,sms=DOWN").toOptions();

        assertThat(options.profiles())
                .containsEntry(ExternalService.PAYMENT, FaultProfile.SLOW)
                .containsEntry(ExternalService.SMS, FaultProfile.DOWN)
                .containsEntry(ExternalService.EKYC, FaultProfile.FLAKY)
                .containsEntry(ExternalService.LAND_RECORDS, FaultProfile.FLAKY);
    }

    @Test
    void anUnknownProfileIsRejectedNamingTheAcceptedProfiles() {
        assertThatThrownBy(() -> StartupArguments.parse("--profile", "payment=sluggish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'sluggish'; accepted profiles: "
                        + "healthy, slow, brownout, flaky, down, blackhole, dribble");
    }

    @Test
    void anUnknownServiceIsRejectedNamingTheAcceptedServices() {
        assertThatThrownBy(() -> StartupArguments.parse("--profile", "aadhaar=slow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown service 'aadhaar'; accepted services: "
                        + "ekyc, payment, sms, digilocker, landrecords");
    }

    @Test
    void aPortOutsideTheRangeOrNotANumberIsRejected() {
        assertThatThrownBy(() -> StartupArguments.parse("--port", "70000"))
                .hasMessage("--port must be a whole number from 0 to 65535, was '70000'");
        assertThatThrownBy(() -> StartupArguments.parse("--port", "eighty")).hasMessageContaining("was 'eighty'");
    }

    @Test
    void anOptionWithoutItsValueOrAnUnknownOptionIsRejected() {
        assertThatThrownBy(() -> StartupArguments.parse("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> StartupArguments.parse("--verbose"))
                .hasMessageContaining("unknown argument '--verbose'");
    }

    @Test
    void theJournalCanBeSwitchedOffForLongRuns() {
        assertThat(StartupArguments.parse("--journal-entries", "0").toOptions().requestJournalEntries())
                .isZero();
    }
}
