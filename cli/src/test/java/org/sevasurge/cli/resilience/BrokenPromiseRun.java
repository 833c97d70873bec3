package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.sevasurge.cli.Cli;

/**
 * One short scenario run through the command line on a service that breaks a promise on purpose (allowed for the
 * run only), for the tests that show a scenario's check fails. Thread-safe: runs may go side by side.
 */
final class BrokenPromiseRun {
    private static int runsAllowed;

    private BrokenPromiseRun() {}

    /**
     * @param promise  the {@code --break-promise} switch
     * @param scenario a scenario of the short scenario file
     * @param options  more options of {@code resilience}, e.g. {@code --rate 2}
     * @return the scenario's scorecard entry, after checking that it FAILED (exit 1, its line FAIL)
     */
    static JsonNode fails(String promise, String scenario, String options) throws Exception {
        Path runs = Path.of("target", "it-runs", promise + "-" + System.currentTimeMillis())
                .toAbsolutePath();
        allow(true);
        Cli.Result result;
        try {
            result = Cli.runLine(
                    "resilience --scenarios %s --scenario %s " + options + " --runs %s --break-promise %s",
                    ResilienceScenariosIT.shortScenarios(),
                    scenario,
                    runs,
                    promise);
        } finally {
            allow(false);
        }
        assertThat(result.exitCode())
                .as("a failed scenario exits 1; output:%n%s", result.out())
                .isEqualTo(1);
        assertThat(result.out()).containsPattern(scenario + " +FAIL");
        JsonNode entry = ResilienceScenariosIT.scorecard(runs).get(scenario);
        assertThat(entry.get("verdict").asText()).isEqualTo("FAIL");
        return entry;
    }

    /**
     * Allows broken promises while at least one run needs them: runs side by side share the JVM's one property, so
     * the last to end clears it.
     */
    private static synchronized void allow(boolean start) {
        runsAllowed += start ? 1 : -1;
        if (runsAllowed > 0) {
            System.setProperty(ResilienceCommand.ALLOW_PROPERTY, "yes");
        } else {
            System.clearProperty(ResilienceCommand.ALLOW_PROPERTY);
        }
    }
}
