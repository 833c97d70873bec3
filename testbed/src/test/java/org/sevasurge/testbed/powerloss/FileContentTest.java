package org.sevasurge.testbed.powerloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's content against a plain model (a byte array of what programs see, another of what was synced) over
 * random writes, truncations, syncs and power cuts: reads always see the latest bytes, and a cut leaves exactly
 * the synced ones. 300 fixed seeds of 150 operations each, so every run checks the same draws.
 */
class FileContentTest {

    private static final int SEEDS = 300;
    private static final int OPERATIONS = 150;
    private static final int MAX_BYTES = 6 * FileContent.PAGE_BYTES + 123;

    @TempDir
    Path temp;

    @Test
    void readsSeeTheLatestBytesAndACutLeavesExactlyTheSyncedOnesForEveryDraw() throws IOException {
        for (int seed = 0; seed < SEEDS; seed++) {
            runOne(seed);
        }
    }

    private void runOne(int seed) throws IOException {
        Random random = new Random(seed);
        try (FileChannel copy = FileChannel.open(
                temp.resolve("copy-" + seed),
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileContent.SyncedBytes synced = (into, offset, position, length) -> {
                ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
                while (buffer.hasRemaining() && copy.read(buffer, position + buffer.position() - offset) > 0) {
                    // fill what the copy has
                }
                Arrays.fill(into, buffer.position(), offset + length, (byte) 0);
            };
            FileContent content = new FileContent(0);
            byte[] seen = new byte[0];
            byte[] durable = new byte[0];
            for (int op = 0; op < OPERATIONS; op++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    int offset = random.nextInt(MAX_BYTES);
                    byte[] bytes = new byte[1 + random.nextInt(2 * FileContent.PAGE_BYTES)];
                    random.nextBytes(bytes);
                    content.write(bytes, bytes.length, offset, synced);
                    seen = Arrays.copyOf(seen, Math.max(seen.length, offset + bytes.length));
                    System.arraycopy(bytes, 0, seen, offset, bytes.length);
                } else if (kind < 7) {
                    int size = random.nextInt(MAX_BYTES);
                    content.truncate(size);
                    seen = Arrays.copyOf(seen, size);
                } else if (kind < 9) {
                    content.syncTo(copy);
                    durable = seen.clone();
                } else {
                    content = new FileContent(copy.size());
                    seen = durable.clone();
                }
                byte[] read = new byte[MAX_BYTES * 2];
                int n = content.read(read, 0, read.length, synced);
                assertThat(Arrays.copyOf(read, n))
                        .as("seed %d, operation %d: what programs read", seed, op)
                        .isEqualTo(seen);
            }
        }
    }
}
