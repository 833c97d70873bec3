package org.sevasurge.testbed.powerloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power-loss filesystem keeps what was fsynced and nothing else, through a real FUSE mount and the same
 * system calls a program makes (Java NIO: write, force, rename, directory fsync).
 */
@Tag("powerloss")
class PowerLossFsIT {

    @TempDir
    Path temp;

    private PowerLossFs fs;
    private Path mnt;

    @BeforeEach
    void mount() throws IOException {
        Assumptions.assumeTrue(
                FuseSupport.unavailableReason().isEmpty(),
                () -> "skipped, FUSE cannot be mounted here: "
                        + FuseSupport.unavailableReason().orElse(""));
        fs = PowerLossFs.mount(temp.resolve("disk"), temp.resolve("mnt"));
        mnt = fs.mountPoint();
    }

    @AfterEach
    void unmount() throws IOException {
        if (fs != null) {
            fs.close();
        }
    }

    @Test
    void aFileFsyncedWithItsDirectorySurvivesAPowerCutByteForByte() throws Exception {
        byte[] bytes = pattern(300_000, 7);
        Path file = mnt.resolve("doc.bin");
        writeAndFsync(file, bytes);
        fsyncDirectory(mnt);

        long lost = fs.powerCut();

        assertThat(Files.readAllBytes(file))
                .as("fsynced bytes and a fsynced name survive")
                .isEqualTo(bytes);
        assertThat(lost).as("nothing was unsynced").isZero();
    }

    @Test
    void bytesWrittenAfterTheLastFsyncAreGoneAfterAPowerCut() throws Exception {
        Path file = mnt.resolve("wal");
        writeAndFsync(file, "first version".getBytes(StandardCharsets.US_ASCII));
        fsyncDirectory(mnt);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap("SECOND VERSION, longer".getBytes(StandardCharsets.US_ASCII)), 0);
        }
        assertThat(Files.readString(file))
                .as("before the cut programs see the new bytes")
                .isEqualTo("SECOND VERSION, longer");

        long lost = fs.powerCut();

        assertThat(Files.readString(file))
                .as("after the cut only the fsynced version is left")
                .isEqualTo("first version");
        assertThat(lost).as("the unsynced page is counted").isEqualTo(FileContent.PAGE_BYTES);
    }

    @Test
    void aNewFileWhoseBytesWereNeverFsyncedComesBackEmptyAfterAPowerCut() throws Exception {
        Files.writeString(mnt.resolve("unsynced.txt"), "written, closed, never fsynced");
        fsyncDirectory(mnt);

        fs.powerCut();

        assertThat(Files.readString(mnt.resolve("unsynced.txt")))
                .as("its name was synced with the directory,"
                        + " its bytes never were: an empty file, as after a crash on a delayed-allocation filesystem")
                .isEmpty();
    }

    @Test
    void aFsyncedFileWhoseDirectoryWasNeverFsyncedIsGoneAfterAPowerCut() throws Exception {
        writeAndFsync(mnt.resolve("orphan.bin"), pattern(10_000, 3));

        fs.powerCut();

        assertThat(mnt.resolve("orphan.bin"))
                .as("a new name needs its directory fsynced")
                .doesNotExist();
    }

    @Test
    void aRenameWithoutADirectoryFsyncIsUndoneByAPowerCut() throws Exception {
        Path incoming = durableUpload(11);
        Path target = mnt.resolve("ab/abcdef");
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);

        fs.powerCut();

        assertThat(target).as("the rename's target directory was never fsynced").doesNotExist();
        assertThat(Files.readAllBytes(incoming))
                .as("the old name is still there, with its synced bytes")
                .isEqualTo(pattern(50_000, 11));
    }

    @Test
    void aRenameFollowedByFsyncOfBothDirectoriesSurvivesAPowerCut() throws Exception {
        Path incoming = durableUpload(13);
        Path target = mnt.resolve("ab/abcdef");
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(mnt.resolve("ab"));
        fsyncDirectory(mnt.resolve("incoming"));

        fs.powerCut();

        assertThat(Files.readAllBytes(target))
                .as("renamed and both directories fsynced")
                .isEqualTo(pattern(50_000, 13));
        assertThat(incoming).as("the old name's removal was synced too").doesNotExist();
    }

    @Test
    void aTruncateNotFsyncedIsUndoneAndOneFsyncedIsKept() throws Exception {
        Path file = mnt.resolve("table");
        byte[] bytes = pattern(20_000, 5);
        writeAndFsync(file, bytes);
        fsyncDirectory(mnt);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.truncate(100);
        }
        fs.powerCut();
        assertThat(Files.readAllBytes(file))
                .as("the unsynced truncate is undone")
                .isEqualTo(bytes);

        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.truncate(100);
            out.force(true);
        }
        fs.powerCut();
        assertThat(Files.size(file)).as("a fsynced truncate stays").isEqualTo(100);
    }

    @Test
    void theBackingDirectoryAloneHoldsWhatWasSyncedAcrossAFreshMount() throws Exception {
        Files.createDirectories(mnt.resolve("pg/base"));
        fsyncDirectory(mnt.resolve("pg"));
        fsyncDirectory(mnt);
        writeAndFsync(mnt.resolve("pg/base/16384"), pattern(8192 * 3, 17));
        fsyncDirectory(mnt.resolve("pg/base"));
        Files.writeString(mnt.resolve("pg/base/unsynced"), "lost");
        fs.close();

        fs = PowerLossFs.mount(temp.resolve("disk"), temp.resolve("mnt2"));

        Path base = fs.mountPoint().resolve("pg/base");
        assertThat(Files.readAllBytes(base.resolve("16384")))
                .as("synced data found on the disk")
                .isEqualTo(pattern(8192 * 3, 17));
        assertThat(base.resolve("unsynced"))
                .as("an unmount is a power cut too: unsynced is gone")
                .doesNotExist();
    }

    @Test
    void aFileUnlinkedWhileOpenStaysReadableThroughItsHandleAndLeavesNoName() throws Exception {
        Path file = mnt.resolve("temp");
        Files.write(file, pattern(9_000, 19));
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            Files.delete(file);
            ByteBuffer buffer = ByteBuffer.allocate(9_000);
            while (buffer.hasRemaining() && in.read(buffer) > 0) {
                // read it all
            }
            assertThat(buffer.array())
                    .as("POSIX: an unlinked file lives while open")
                    .isEqualTo(pattern(9_000, 19));
            fsyncDirectory(mnt);
        }
        try (var names = Files.list(mnt)) {
            assertThat(names).as("no libfuse stand-in name is left or synced").isEmpty();
        }
        fs.powerCut();
        try (var names = Files.list(mnt)) {
            assertThat(names).as("nothing comes back after the cut").isEmpty();
        }
    }

    /** {@code incoming/upload} (50,000 bytes of pattern {@code seed}) and an empty {@code ab/}, all durable. */
    private Path durableUpload(int seed) throws IOException {
        Files.createDirectories(mnt.resolve("incoming"));
        Files.createDirectories(mnt.resolve("ab"));
        fsyncDirectory(mnt);
        Path incoming = mnt.resolve("incoming/upload");
        writeAndFsync(incoming, pattern(50_000, seed));
        fsyncDirectory(mnt.resolve("incoming"));
        return incoming;
    }

    static void writeAndFsync(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static byte[] pattern(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed * 7 + (i >>> 8));
        }
        return bytes;
    }
}
