package org.sevasurge.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.ReadyLine;

/**
 * The service jar started as its own JVM, as users start it, so a test can {@code kill -9} it for real.
 * The jar's path comes from the {@code sevasurge.service.jar} system property (set by Failsafe). Its output
 * goes to a file rather than a pipe: the JDK closes a child's pipe when the child exits, and a reader
 * blocked on it then loses the last lines (the shutdown report among them).
 *
 * @param baseUrl the address the service announced once it listened
 * @param log the file the service's output goes to
 */
public record ServiceProcess(Process process, String baseUrl, Path log) {

    public static Path jar() {
        String jar = System.getProperty("sevasurge.service.jar", "target/sevasurge-service.jar");
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the service jar " + path.toAbsolutePath()
                    + " is missing: run 'mvn package' (Failsafe runs after it)");
        }
        return path;
    }

    /** Starts {@code java -jar sevasurge-service.jar args...} and waits up to two minutes for its ready line. */
    public static ServiceProcess start(String... args) throws IOException, InterruptedException {
        return startWithEnvironment(Map.of(), args);
    }

    /** As {@link #start}, with extra environment variables for the service's process. */
    public static ServiceProcess startWithEnvironment(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar().toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("sevasurge-service", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Optional<URI> announced = ReadyLine.baseUrlIn(line);
                if (announced.isPresent()) {
                    return new ServiceProcess(process, announced.get().toString(), log);
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("service did not start:\n" + Files.readString(log));
    }

    public ServiceClient client() {
        return new ServiceClient(baseUrl);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, exactly a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and wait; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    public List<String> output() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
