package org.sevasurge.simulations.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyRecorderTest {

    @Test
    void intervalLogsReadBackEqualWhatWasRecordedInMicroseconds(@TempDir Path dir) throws FileNotFoundException {
        Histogram expected = new Histogram(RequestLatency.HIGHEST_TRACKABLE_MICROS, 3);
        try (LatencyRecorder recorder =
                new LatencyRecorder(dir, List.of("status", "submit"), System.currentTimeMillis())) {
            RequestLatency status = recorder.request("status");
            for (int second = 0; second < 3; second++) {
                for (long micros = 100; micros < 50_000; micros += 7) {
                    status.record(micros, true);
                    expected.recordValue(micros);
                }
                recorder.flush();
            }
        }

        Histogram readBack = readAll(dir.resolve("status.hlog"), false);
        assertThat(readBack.getTotalCount()).isEqualTo(expected.getTotalCount());
        assertThat(readBack.getValueAtPercentile(99))
                .as("p99 in microseconds")
                .isEqualTo(expected.getValueAtPercentile(99));
        assertThat(readBack.getMaxValue()).isEqualTo(expected.getMaxValue());
        assertThat(readAll(dir.resolve("submit.hlog"), false).getTotalCount())
                .as("an idle request logs empty intervals")
                .isZero();
    }

    @Test
    void failedResponsesAreLoggedInIntervalsTaggedKo(@TempDir Path dir) throws FileNotFoundException {
        try (LatencyRecorder recorder = new LatencyRecorder(dir, List.of("submit"), System.currentTimeMillis())) {
            recorder.request("submit").record(1_200, true);
            recorder.request("submit").record(5_000_000, false);
            recorder.request("submit").record(7_000_000, false);
        }

        assertThat(readAll(dir.resolve("submit.hlog"), false).getTotalCount()).isEqualTo(1);
        Histogram failures = readAll(dir.resolve("submit.hlog"), true);
        assertThat(failures.getTotalCount()).isEqualTo(2);
        assertThat(failures.getMaxValue()).isBetween(6_990_000L, 7_010_000L);
    }

    @Test
    void samplesFromManyThreadsAreAllCounted(@TempDir Path dir) throws InterruptedException {
        try (LatencyRecorder recorder = new LatencyRecorder(dir, List.of("status"), System.currentTimeMillis())) {
            RequestLatency status = recorder.request("status");
            ExecutorService threads = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < 25_000; i++) {
                        status.record(i, i % 10 != 0);
                    }
                });
            }
            for (int i = 0; i < 5; i++) {
                recorder.flush();
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            recorder.flush();
            assertThat(recorder.successes("status").getTotalCount()
                            + recorder.failures("status").getTotalCount())
                    .isEqualTo(100_000);
            assertThat(recorder.failures("status").getTotalCount()).isEqualTo(10_000);
        }
    }

    @Test
    void absurdLatenciesAreClampedInsteadOfLost(@TempDir Path dir) {
        try (LatencyRecorder recorder = new LatencyRecorder(dir, List.of("status"), System.currentTimeMillis())) {
            recorder.request("status").record(Long.MAX_VALUE, true);
            recorder.request("status").record(-5, true);
            recorder.flush();
            assertThat(recorder.successes("status").getTotalCount()).isEqualTo(2);
        }
    }

    private static Histogram readAll(Path file, boolean ko) throws FileNotFoundException {
        Histogram sum = new Histogram(RequestLatency.HIGHEST_TRACKABLE_MICROS, 3);
        HistogramLogReader reader = new HistogramLogReader(file.toFile());
        for (var interval = reader.nextIntervalHistogram();
                interval != null;
                interval = reader.nextIntervalHistogram()) {
            if (RequestLatency.KO_TAG.equals(interval.getTag()) == ko) {
                sum.add((Histogram) interval);
            }
        }
        reader.close();
        return sum;
    }
}
