package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Facts about the injector's machine and source tree for run.json. Stateless and thread-safe. */
public final class Machine {
    private Machine() {}

    /** @return cores, memory in bytes, OS and Java of this machine and JVM */
    public static ObjectNode describe() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ObjectNode machine = JsonNodeFactory.instance.objectNode();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", os.getTotalMemorySize());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        machine.put("injectorMaxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("hostname", hostname());
        return machine;
    }

    /** @return CPU time this JVM has used so far, nanoseconds */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return {@code git rev-parse HEAD} in {@code dir}, or {@code null} if there is no git or no commit */
    public static @Nullable String gitRevision(Path dir) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroy();
                return null;
            }
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
