package org.sevasurge.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestbedOperationTest {

    @Test
    void eachOperationIsNamedInMessagesByTheMethodAScenarioCalls() {
        assertThat(TestbedOperation.KILL_SERVICE.methodName()).isEqualTo("killService()");
        assertThat(TestbedOperation.FILL_DOCUMENTS_VOLUME.methodName()).isEqualTo("fillDocumentsVolume()");
    }

    @Test
    void aVolumeUsageSaysHowMuchIsUsed() {
        VolumeUsage usage = new VolumeUsage(1000, 10);
        assertThat(usage.usedShare()).isEqualTo(0.99);
        assertThat(usage).hasToString("10 of 1000 bytes free (99.0% used)");
    }
}
