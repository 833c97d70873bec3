package org.sevasurge.cli.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.cli.Cli;

class RunsCommandTest {
    @TempDir
    Path runs;

    private void run(String id, String json) throws IOException {
        Files.createDirectories(runs.resolve(id));
        Files.writeString(runs.resolve(id).resolve("run.json"), json);
    }

    @Test
    void runsAreListedNewestFirstWithTheirVerdictAndHeadlines() throws IOException {
        run(
                "20261201-100000-smoke-aaaaaaaa",
                "{\"schema\":\"sevasurge-run\",\"schemaVersion\":2,\"kind\":\"season\","
                        + "\"profile\":\"smoke\",\"startedAt\":\"2026-12-01T10:00:00Z\",\"endedAt\":\"2026-12-01T10:01:30Z\","
                        + "\"result\":{\"verdict\":\"PASS\",\"headlines\":{\"status p95 ms\":13.8,\"lost\":0}}}");
        run(
                "20261201-110000-capacity-season-mix-bbbbbbbb",
                "{\"schema\":\"sevasurge-run\",\"schemaVersion\":2,"
                        + "\"kind\":\"capacity\",\"profile\":\"capacity season-mix\",\"startedAt\":\"2026-12-01T11:00:00Z\","
                        + "\"result\":{\"verdict\":\"FOUND\",\"headlines\":{\"capacity/s\":41.5,\"unit\":\"submissions/s\"}}}");
        Files.createDirectories(runs.resolve("holiday-photos"));

        Cli.Result result = Cli.run("runs", "--runs", runs.toString());

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[1])
                .as("newest first")
                .startsWith("20261201-110000-capacity-season-mix-bbbbbbbb")
                .contains("capacity")
                .contains("FOUND")
                .contains("capacity/s 41.5");
        assertThat(lines[2])
                .startsWith("20261201-100000-smoke-aaaaaaaa")
                .contains("season")
                .contains("smoke")
                .contains("2026-12-01 10:00:00")
                .contains("PASS")
                .contains("status p95 ms 13.8");
        assertThat(result.out()).contains("not Seva Surge run folders, skipped: holiday-photos");
    }
}
