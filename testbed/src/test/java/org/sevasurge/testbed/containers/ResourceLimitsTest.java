package org.sevasurge.testbed.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceLimitsTest {

    @Test
    void sizesAreReadTheWayDockerReadsThemInBinaryUnits() {
        assertThat(ResourceLimits.parseBytes("--service-memory", "768m", 0)).isEqualTo(768L << 20);
        assertThat(ResourceLimits.parseBytes("--service-memory", "1g", 0)).isEqualTo(1L << 30);
        assertThat(ResourceLimits.parseBytes("--service-memory", "1.5G", 0)).isEqualTo(3L << 29);
        assertThat(ResourceLimits.parseBytes("--service-memory", "512MiB", 0)).isEqualTo(512L << 20);
        assertThat(ResourceLimits.parseBytes("--service-memory", "64k", 0)).isEqualTo(64L << 10);
        assertThat(ResourceLimits.parseBytes("--service-memory", "4096", 0))
                .as("bytes")
                .isEqualTo(4096);
    }

    @Test
    void aSizeBelowTheMinimumNamesTheOptionAndTheMinimum() {
        assertThatThrownBy(() -> ResourceLimits.parseBytes("--service-memory", "16m", ResourceLimits.MIN_MEMORY_BYTES))
                .hasMessageContaining("--service-memory '16m'")
                .hasMessageContaining("at least 64m");
    }

    @Test
    void cpusMustBeAPositiveNumber() {
        assertThat(ResourceLimits.parseCpus("--service-cpus", "0.5")).isEqualTo(0.5);
        assertThatThrownBy(() -> ResourceLimits.parseCpus("--service-cpus", "0"))
                .hasMessageContaining("--service-cpus '0'")
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> ResourceLimits.parseCpus("--service-cpus", "one"))
                .hasMessageContaining("e.g. 1 or 0.5");
    }

    @Test
    void limitsAreGivenToDockerInItsUnitsAndPrintedTheWayTheyAreTyped() {
        ResourceLimits limits = new ResourceLimits(1.5, 768L << 20);
        assertThat(limits.nanoCpus()).as("Docker's NanoCpus").isEqualTo(1_500_000_000L);
        assertThat(limits).hasToString("1.5 CPU, 768m memory");
        assertThat(new ResourceLimits(1, 1L << 30)).hasToString("1 CPU, 1g memory");
    }
}
