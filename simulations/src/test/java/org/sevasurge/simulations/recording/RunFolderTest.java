package org.sevasurge.simulations.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @Test
    void runIdsSortByTimeAndNameTheProfile() {
        String id = RunFolder.newRunId("smoke", Instant.parse("2026-11-28T12:45:00Z"));

        assertThat(id).matches("20261128-124500-smoke-[0-9a-f]{8}");
        assertThat(RunFolder.newRunId("smoke", Instant.parse("2026-11-28T12:45:00Z")))
                .as("random suffix")
                .isNotEqualTo(id);
    }

    @Test
    void theFolderHoldsTheDocumentedFiles(@TempDir Path runs) {
        RunFolder folder = RunFolder.create(runs, "20261128-124500-smoke-00000000");

        assertThat(folder.dir()).isEqualTo(runs.resolve("20261128-124500-smoke-00000000"));
        assertThat(Files.isDirectory(folder.latencyDir())).isTrue();
        assertThat(folder.dir().relativize(folder.ledger())).hasToString("ledger.jsonl");
        assertThat(folder.dir().relativize(folder.ledgerCheck())).hasToString("ledger-check.json");
        assertThat(folder.dir().relativize(folder.serverMetrics())).hasToString("server-metrics.jsonl");
        assertThat(folder.dir().relativize(folder.runJson())).hasToString("run.json");
        assertThat(folder.dir().relativize(folder.summary())).hasToString("summary.txt");
    }
}
