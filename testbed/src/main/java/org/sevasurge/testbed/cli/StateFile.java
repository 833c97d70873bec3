package org.sevasurge.testbed.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sevasurge.testbed.Testbed;

/**
 * Writes a running testbed's URL and process ids as {@code key=value} lines ({@code url}, {@code service.pid},
 * {@code mocks.pid}, {@code postgres.pid}), atomically (temp file + move), so a script polling for it never reads
 * half a file. Stateless and thread-safe.
 */
public final class StateFile {

    private StateFile() {}

    public static void write(Path file, Testbed testbed) throws IOException {
        StringBuilder text = new StringBuilder("url=").append(testbed.baseUrl()).append('\n');
        for (Map.Entry<String, Long> pid : testbed.processIds().entrySet()) {
            text.append(pid.getKey()).append(".pid=").append(pid.getValue()).append('\n');
        }
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), ".testbed-state", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
