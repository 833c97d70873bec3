package org.sevasurge.capacity.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;

class FailureSpansTest {
    @TempDir
    Path dir;

    @Test
    void anOutageShowsAsOneStretchAndAStrayFailureAsAnother() {
        SyntheticRun run = new SyntheticRun(dir.resolve("run"), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, 60, 10, Map.of("status", 10.0));
        for (int second = 1; second <= 60; second++) {
            boolean outage = second > 20 && second <= 25;
            int failed = outage ? 10 : second == 50 ? 1 : 0;
            run.second(second, "status", "status", 10 - failed, 10, failed, 200, outage ? 0 : 503);
        }
        run.write(60);

        List<FailureSpans.Span> spans = FailureSpans.of(LoadRunFolder.open(dir.resolve("run")));

        assertThat(spans)
                .extracting(FailureSpans.Span::describe)
                .containsExactly("20-25 s: 50 failed (no response x50)", "49-50 s: 1 failed (503 x1)");
    }
}
