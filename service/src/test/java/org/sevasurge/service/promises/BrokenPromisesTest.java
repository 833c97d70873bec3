package org.sevasurge.service.promises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokenPromisesTest {

    private static final Map<String, String> ALLOWED = Map.of(BrokenPromises.ALLOW_VARIABLE, "yes");

    @Test
    void withoutTheOptionEveryPromiseIsKeptAndTheArgumentsPassUntouched() {
        BrokenPromises.Extracted extracted = BrokenPromises.extract(new String[] {"--port", "0"}, ALLOWED, null);
        assertThat(extracted.promises().any()).as("nothing broken by default").isFalse();
        assertThat(extracted.remaining()).containsExactly("--port", "0");
        assertThat(extracted.promises().jdbcUrl("jdbc:postgresql://127.0.0.1:5432/x"))
                .as("the pool's URL is left alone")
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
    }

    @Test
    void theOptionIsRefusedUnlessTheEnvironmentAllowsItAndSaysHowToAllowIt() {
        assertThatThrownBy(() ->
                        BrokenPromises.extract(new String[] {"--break-promise", "skip-document-fsync"}, Map.of(), null))
                .as("a copied command line must not switch a broken promise on")
                .hasMessageContaining("--break-promise")
                .hasMessageContaining("SEVASURGE_ALLOW_BROKEN_PROMISES=yes");
        assertThatThrownBy(() -> BrokenPromises.extract(
                        new String[] {"--break-promise", "skip-document-fsync"},
                        Map.of(BrokenPromises.ALLOW_VARIABLE, "true"),
                        null))
                .as("only the exact word yes allows it")
                .hasMessageContaining("refused");
        assertThat(BrokenPromises.extract(new String[] {"--break-promise", "skip-document-fsync"}, Map.of(), "yes")
                        .promises()
                        .breaks(BrokenPromise.SKIP_DOCUMENT_FSYNC))
                .as("the system property allows it too")
                .isTrue();
    }

    @Test
    void namesAreCommaSeparatedRepeatableAndUnknownOnesListTheAcceptedValues() {
        BrokenPromises promises = BrokenPromises.extract(
                        new String[] {
                            "--break-promise",
                            "skip-directory-fsync, ack-before-commit",
                            "--port",
                            "0",
                            "--break-promise",
                            "skip-document-fsync"
                        },
                        ALLOWED,
                        null)
                .promises();
        assertThat(promises.names())
                .containsExactly("skip-document-fsync", "skip-directory-fsync", "ack-before-commit");
        assertThatThrownBy(() -> BrokenPromises.extract(new String[] {"--break-promise", "skip-fsync"}, ALLOWED, null))
                .hasMessageContaining("unknown promise 'skip-fsync'")
                .hasMessageContaining("skip-document-fsync, skip-directory-fsync, ack-before-commit");
        assertThatThrownBy(() -> BrokenPromises.extract(new String[] {"--break-promise"}, ALLOWED, null))
                .hasMessageContaining("--break-promise needs a value");
    }

    @Test
    void ackBeforeCommitTurnsSynchronousCommitOffOnThePoolsConnections() {
        BrokenPromises promises = allowedToBreak("ack-before-commit");
        assertThat(promises.jdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres?options=-c%20synchronous_commit%3Doff");
        assertThat(promises.jdbcUrl("jdbc:postgresql://h/db?ssl=false"))
                .endsWith("?ssl=false&options=-c%20synchronous_commit%3Doff");
    }

    @Test
    void aBrokenPromiseIsAnnouncedInTheWarningAndInTheMetrics() {
        BrokenPromises promises = allowedToBreak("skip-document-fsync");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        promises.bindTo(registry);
        assertThat(promises.warning())
                .contains("BROKEN PROMISES")
                .contains("skip-document-fsync")
                .contains("not fsynced");
        assertThat(registry.scrape())
                .as("a scrape shows the instance cannot be trusted")
                .contains("sevasurge_broken_promise{promise=\"skip-document-fsync\"} 1");
    }

    /** The promises of a command line that breaks {@code promise}, where the environment allows it. */
    private static BrokenPromises allowedToBreak(String promise) {
        return BrokenPromises.extract(new String[] {"--break-promise", promise}, ALLOWED, null)
                .promises();
    }
}
