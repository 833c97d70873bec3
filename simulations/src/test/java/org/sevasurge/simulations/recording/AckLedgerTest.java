package org.sevasurge.simulations.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AckLedgerTest {
    private static final LedgerEntry ENTRY = new LedgerEntry(
            "ss-run-1",
            "CG-INC-2026-0000001",
            "91c6c0c1fabec085aee1fe7b3989f7324b7bfd9ff501a49f8786aeb9c8cd537a",
            "91c6c0c1fabec085aee1fe7b3989f7324b7bfd9ff501a49f8786aeb9c8cd537a",
            Instant.parse("2026-11-28T12:45:00.123456Z"),
            2,
            "7K3M9Q2X4B",
            null);

    @Test
    void aLedgerLineRoundTrips() {
        String line = ENTRY.toJsonLine();

        assertThat(line)
                .doesNotContain("\n")
                .contains("\"applicationNo\":\"CG-INC-2026-0000001\"")
                .contains("\"ackedAt\":\"2026-11-28T12:45:00.123456Z\"");
        assertThat(LedgerEntry.fromJsonLine(line)).isEqualTo(ENTRY);
    }

    @Test
    void theLedgerFileReadsBackEveryEntryInOrder(@TempDir Path dir) {
        Path file = dir.resolve("ledger.jsonl");
        LedgerEntry second =
                new LedgerEntry("ss-run-2", "CG-RES-2026-0000002", "ab", "ab", Instant.EPOCH, 1, "7K3M9Q2X4B", null);
        try (AckLedger ledger = new AckLedger(file)) {
            ledger.append(ENTRY);
            ledger.append(second);
            assertThat(ledger.entries()).containsExactly(ENTRY, second);
        }

        assertThat(AckLedger.read(file)).containsExactly(ENTRY, second);
    }

    @Test
    void flushedLinesAreOnDiskWhileTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (AckLedger ledger = new AckLedger(file)) {
            ledger.append(ENTRY);
            ledger.flush();
            assertThat(Files.readAllLines(file))
                    .as("a crash of the injector keeps what was flushed")
                    .hasSize(1);
        }
        assertThat(List.of(AckLedger.read(file).get(0).attempt())).containsExactly(2);
    }

    @Test
    void appendingNeverWritesToTheDiskOnlyTheRecordersFlushDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (AckLedger ledger = new AckLedger(file)) {
            for (int i = 0; i < 1_000; i++) {
                ledger.append(ENTRY);
            }
            assertThat(Files.size(file))
                    .as("appends run on Gatling's event loop: 1,000 lines (far more than a"
                            + " write buffer) must not reach the disk from there")
                    .isZero();

            ledger.flush();

            assertThat(Files.readAllLines(file)).hasSize(1_000);
            ledger.append(ENTRY);
        }
        assertThat(AckLedger.read(file)).as("close writes the rest").hasSize(1_001);
    }
}
