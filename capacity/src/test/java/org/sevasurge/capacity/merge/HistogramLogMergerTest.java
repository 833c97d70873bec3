package org.sevasurge.capacity.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

class HistogramLogMergerTest {
    private static final long START = 1_800_000_000_000L;
    private static final int SECONDS = 30;

    @TempDir
    Path dir;

    /** Three logs of one run: every response goes to injector A or B at random, and also into the single log. */
    private static final class ThreeLogs {
        final HistogramLogWriter a;
        final HistogramLogWriter b;
        final HistogramLogWriter single;

        ThreeLogs(Path dir) throws FileNotFoundException {
            a = writer(dir.resolve("a.hlog"));
            b = writer(dir.resolve("b.hlog"));
            single = writer(dir.resolve("single.hlog"));
        }

        void record(long seed, long bOffsetMillis) {
            Random random = new Random(seed);
            for (int second = 0; second < SECONDS; second++) {
                Histogram[] ok = {histogram(), histogram(), histogram()};
                Histogram[] ko = {histogram(), histogram(), histogram()};
                int responses = random.nextInt(400);
                for (int i = 0; i < responses; i++) {
                    long micros = (long) Math.exp(7 + random.nextGaussian() * 1.2); // log-normal, ~1 ms median
                    boolean failed = random.nextInt(50) == 0;
                    int injector = random.nextBoolean() ? 0 : 1;
                    (failed ? ko : ok)[injector].recordValue(micros);
                    (failed ? ko : ok)[2].recordValue(micros);
                }
                write(a, ok[0], ko[0], second, 0);
                write(b, ok[1], ko[1], second, bOffsetMillis);
                write(single, ok[2], ko[2], second, 0);
            }
            a.close();
            b.close();
            single.close();
        }
    }

    private static Histogram histogram() {
        return new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
    }

    private static void write(HistogramLogWriter writer, Histogram ok, Histogram ko, int second, long offset) {
        long from = START + second * 1000L + offset;
        ok.setStartTimeStamp(from);
        ok.setEndTimeStamp(from + 1000);
        writer.outputIntervalHistogram(ok);
        if (ko.getTotalCount() > 0) {
            ko.setStartTimeStamp(from);
            ko.setEndTimeStamp(from + 1000);
            ko.setTag(RunLayout.KO_TAG);
            writer.outputIntervalHistogram(ko);
        }
    }

    private static HistogramLogWriter writer(Path file) throws FileNotFoundException {
        HistogramLogWriter writer = new HistogramLogWriter(file.toFile());
        writer.outputLogFormatVersion();
        writer.outputStartTime(START);
        writer.outputBaseTime(START);
        writer.setBaseTime(START);
        writer.outputLegend();
        return writer;
    }

    private static List<TimeRange> everySecondAndTheWholeRun() {
        List<TimeRange> ranges = new ArrayList<>();
        for (int second = 0; second < SECONDS; second++) {
            ranges.add(new TimeRange(START + second * 1000L, START + (second + 1) * 1000L));
        }
        ranges.add(new TimeRange(START - 10_000, START + (SECONDS + 10) * 1000L));
        return ranges;
    }

    @Test
    void mergingTwoInjectorsLogsEqualsRecordingIntoOneForEveryDraw() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Path run = Files.createDirectories(dir.resolve("seed-" + seed));
            new ThreeLogs(run).record(seed, 0);

            HistogramLogMerger.merge(
                    List.of(run.resolve("a.hlog"), run.resolve("b.hlog")),
                    List.of(0L, 0L),
                    run.resolve("merged.hlog"),
                    START);

            List<LatencyLogs.OkKo> merged = LatencyLogs.sum(run.resolve("merged.hlog"), everySecondAndTheWholeRun());
            List<LatencyLogs.OkKo> single = LatencyLogs.sum(run.resolve("single.hlog"), everySecondAndTheWholeRun());
            for (int i = 0; i < merged.size(); i++) {
                assertThat(merged.get(i).ok())
                        .as("seed %d range %d: successes, value by value", seed, i)
                        .isEqualTo(single.get(i).ok());
                assertThat(merged.get(i).ko())
                        .as("seed %d range %d: failures", seed, i)
                        .isEqualTo(single.get(i).ko());
                assertThat(merged.get(i).okWeighted()).isEqualTo(single.get(i).okWeighted());
            }
            assertThat(merged.get(SECONDS).count()).as("something was recorded").isPositive();
        }
    }

    @Test
    void injectorsThatFlushOutOfStepStillMergeToTheSameWholeRun() throws Exception {
        new ThreeLogs(dir).record(42, 400);

        int intervals = HistogramLogMerger.merge(
                List.of(dir.resolve("a.hlog"), dir.resolve("b.hlog")),
                List.of(0L, 0L),
                dir.resolve("merged.hlog"),
                START);

        List<TimeRange> whole = List.of(new TimeRange(START - 10_000, START + (SECONDS + 10) * 1000L));
        LatencyLogs.OkKo merged =
                LatencyLogs.sum(dir.resolve("merged.hlog"), whole).get(0);
        LatencyLogs.OkKo single =
                LatencyLogs.sum(dir.resolve("single.hlog"), whole).get(0);
        assertThat(merged.ok()).isEqualTo(single.ok());
        assertThat(merged.ko()).isEqualTo(single.ko());
        assertThat(intervals).as("intervals kept apart, not re-binned").isGreaterThan(2 * SECONDS);
    }

    @Test
    void aTruncatedLogNamesTheFileAndTheIntervalsRead() throws Exception {
        new ThreeLogs(dir).record(5, 0);
        byte[] bytes = Files.readAllBytes(dir.resolve("a.hlog"));
        Files.write(dir.resolve("a.hlog"), java.util.Arrays.copyOf(bytes, bytes.length - 40));

        assertThatThrownBy(() -> HistogramLogMerger.merge(
                        List.of(dir.resolve("a.hlog"), dir.resolve("b.hlog")),
                        List.of(0L, 0L),
                        dir.resolve("merged.hlog"),
                        START))
                .hasMessageStartingWith(dir.resolve("a.hlog") + ": unreadable after")
                .hasMessageContaining("truncated");
    }
}
