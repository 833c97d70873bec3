package org.sevasurge.testbed.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sevasurge.testbed.powerloss.FuseSupport;

/**
 * The service's central promise under a power cut: an acknowledged application is never lost. The real service
 * keeps it; with each test-only switch that breaks one durability promise, the same check reports the loss. The four
 * cuts run side by side, each on its own filesystem, PostgreSQL and service: what a cut loses is what was not
 * fsynced, which a busier machine does not change (the ack-before-commit case retries, see below).
 */
@Tag("powerloss")
class ServicePowerLossIT {

    private static final int ACKS_BEFORE_CUT = 30;
    private static final int CUTS_FOR_A_LOSS = 3;

    @BeforeAll
    static void needsFuse() {
        Assumptions.assumeTrue(
                FuseSupport.unavailableReason().isEmpty(),
                () -> "skipped, FUSE cannot be mounted here: "
                        + FuseSupport.unavailableReason().orElse(""));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void everyAcknowledgedApplicationSurvivesAPowerCutWithByteIdenticalDocuments() throws Exception {
        PowerLossScenario.Outcome outcome = PowerLossScenario.run(workDir("kept"), null, ACKS_BEFORE_CUT);

        assertThat(outcome.verdict().acknowledged())
                .as("the cut came after %d acknowledgements", ACKS_BEFORE_CUT)
                .isGreaterThanOrEqualTo(ACKS_BEFORE_CUT);
        assertThat(outcome.verdict().intact())
                .as("nothing acknowledged is lost, changed or unreadable: %s", outcome)
                .isTrue();
        assertThat(outcome.unsyncedBytesDropped())
                .as("the cut really dropped unsynced writes (else it proves" + " nothing)")
                .isPositive();
    }

    /**
     * The fsync switches lose every document written after the sync before the load, on every draw. Under
     * ack-before-commit a cut loses nothing only if PostgreSQL's WAL writer (every 10 s here) happened to flush
     * between the last acknowledged commit and the SIGKILL. That window measured 1.9 to 75 ms over 18 cuts on the
     * shared 2-core machine (median 10 ms; every ack-before-commit cut lost all 30-33 acknowledged applications),
     * so at worst 75 ms / 10 s = 0.75 % of cuts lose nothing. With the four cuts side by side the kill came 114 ms
     * after its acknowledgement (about 1.1 %). A cut that shows no loss is followed by another, up to three: a
     * correct check fails this by chance at most 0.011^3, about once in 750,000 runs.
     */
    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"skip-document-fsync", "skip-directory-fsync", "ack-before-commit"})
    void aServiceThatBreaksADurabilityPromiseLosesAcknowledgedApplicationsAndTheCheckSaysSo(String promise)
            throws Exception {
        PowerLossScenario.Outcome outcome = PowerLossScenario.run(workDir(promise), promise, ACKS_BEFORE_CUT);
        for (int cut = 2;
                cut <= CUTS_FOR_A_LOSS
                        && outcome.verdict().lost() + outcome.verdict().changed() == 0;
                cut++) {
            outcome = PowerLossScenario.run(workDir(promise + "-cut-" + cut), promise, ACKS_BEFORE_CUT);
        }

        assertThat(outcome.verdict().lost() + outcome.verdict().changed())
                .as("with %s the check must report lost or changed applications: %s", promise, outcome)
                .isPositive();
    }

    private static Path workDir(String name) throws Exception {
        Path parent = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "powerloss");
        return Files.createDirectories(parent).resolve(name + "-" + System.currentTimeMillis());
    }
}
