package org.sevasurge.service.certificates;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;

/**
 * PEM files for the signing key pair, written so that a crash never leaves a half-written key behind. PEM
 * rather than raw DER so an operator can inspect the keys with {@code openssl pkey -in FILE -text}.
 * Stateless; the caller serialises writes to one directory.
 */
final class KeyFiles {

    static final String PRIVATE_KEY_FILE = "certificate-signing-key.pem";
    static final String PUBLIC_KEY_FILE = "certificate-signing-key.pub.pem";
    static final String PRIVATE_PEM_TYPE = "PRIVATE KEY";
    static final String PUBLIC_PEM_TYPE = "PUBLIC KEY";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private KeyFiles() {}

    /** Creates the directory (owner-only where POSIX permissions exist) unless it is already there. */
    static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory.toAbsolutePath().getParent());
        if (supportsPosix(directory.toAbsolutePath().getParent())) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** The DER bytes inside a PEM file of {@code type}; a clear error naming the file if it is not one. */
    static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("Key file " + file + " is corrupt: it is not a PEM '" + type + "' file");
        }
        try {
            return Base64.getMimeDecoder()
                    .decode(text.substring(from + begin.length(), to).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key file " + file + " is corrupt: its base64 body is invalid", e);
        }
    }

    /**
     * Writes {@code der} as PEM: to a temp file in the same directory, fsynced, then atomically renamed into
     * place and the directory fsynced, so after a crash the file is either absent or whole. The private key's
     * temp file is made owner-only before a byte of the key is written.
     */
    static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        byte[] pem = ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path temp = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            if (supportsPosix(directory)) {
                Files.setPosixFilePermissions(temp, secret ? OWNER_ONLY : WORLD_READABLE);
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(pem);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        fsyncDirectory(directory);
    }

    private static boolean supportsPosix(Path directory) throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** Makes the rename itself durable; Windows cannot open a directory, and NTFS journals renames anyway. */
    private static void fsyncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Not supported on this platform: nothing more can be done from Java.
        }
    }
}
