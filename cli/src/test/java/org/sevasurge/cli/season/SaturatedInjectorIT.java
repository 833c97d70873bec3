package org.sevasurge.cli.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sevasurge.cli.Cli;
import org.sevasurge.cli.run.CpuLimit;

/**
 * A run whose injector cannot keep up is invalid and exits 1, whatever its SLOs say: the injector of a short smoke
 * run is held to a quarter of a core by a cgroup (where control groups are writable; elsewhere its declared share is
 * made tiny instead) while offered four times the smoke's rates, so its busiest window is saturated.
 *
 * <p>Why a quarter: without a limit, that run's injector used 0.51 cores on this 2-core machine (0.49 at eight times
 * the rates: the service, not the offer, bounds its work), so the limit must sit well under that on a faster
 * machine too. At 0.4 of a core (threshold 0.34) it saturated here, at 0.38 to 0.40, yet not in one CI run; at 0.25
 * (threshold 0.21) the demand is twice the limit. The price is a slower start under the limit: 87 s instead of 74.
 */
@Tag("load")
class SaturatedInjectorIT {

    @Test
    void aRunWhoseInjectorIsStarvedOfCpuFailsAsInvalid() throws Exception {
        Path runs = Path.of("target", "it-runs", "saturated").toAbsolutePath();
        String[] starve = CpuLimit.available()
                ? new String[] {"--injector-cpu-limit", "0.25"}
                : new String[] {"--injector-cores", "0.02"};
        String[] args = {
            "season",
            "--profile",
            "smoke",
            "--compression",
            "3",
            "--rate-factor",
            "4",
            "--runs",
            runs.toString(),
            starve[0],
            starve[1]
        };

        Cli.Result result = Cli.run(args);

        assertThat(result.exitCode()).as("output:%n%s", result.out()).isEqualTo(1);
        assertThat(result.out()).contains("verdict: FAIL").contains("injector saturated, the run is invalid");
    }
}
