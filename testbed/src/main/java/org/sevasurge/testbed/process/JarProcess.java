package org.sevasurge.testbed.process;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.ReadyLine;

/**
 * A runnable jar running as its own JVM ({@code java <jvmArgs> -jar <jar> <args>}), started and waited for until
 * it prints {@code <name> ready on http://127.0.0.1:PORT}. Output goes to a log file rather than a pipe, so nothing blocks
 * when nobody reads it and the last lines survive a crash. Thread-safe: the process handle is final and
 * {@link #stop}/{@link #kill} may race (both are safe on a dead process).
 */
public final class JarProcess {

    private final Process process;
    private final Path log;
    private final URI url;

    private JarProcess(Starting started, URI url) {
        this.process = started.process();
        this.log = started.log();
        this.url = url;
    }

    /**
     * Starts the jar; call {@link Starting#awaitReady} to wait for its ready line, so several JVMs can start at once.
     *
     * @param name     the program's name in messages, e.g. {@code sevasurge-service}
     * @param log      the file for its stdout and stderr
     */
    public static Starting start(String name, Path jar, List<String> jvmArgs, List<String> args, Path log)
            throws IOException {
        return start(name, jar, jvmArgs, args, Map.of(), log);
    }

    /** As above, with extra environment variables for the JVM (e.g. to allow a test-only switch). */
    public static Starting start(
            String name, Path jar, List<String> jvmArgs, List<String> args, Map<String, String> environment, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new Starting(name, process, log);
    }

    /**
     * A JVM started but not yet known to be ready.
     *
     * @param name    the program's name in messages
     * @param process the JVM
     * @param log     the file its stdout and stderr go to
     */
    public record Starting(String name, Process process, Path log) {

        /** Waits for the ready line; on timeout or early exit kills the JVM and throws with its log's tail. */
        public JarProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    Optional<URI> announced = ReadyLine.baseUrlIn(line);
                    if (announced.isPresent()) {
                        return new JarProcess(this, announced.get());
                    }
                }
                if (!process.isAlive()) {
                    throw new IOException(name + " exited with status " + process.exitValue()
                            + " before it was ready; its log " + log + " ends:\n" + tail(log));
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IOException(name + " was not ready within " + timeout.toSeconds() + " s; its log " + log
                    + " ends:\n" + tail(log));
        }

        /** Kills a JVM that will not be waited for (another part of the testbed failed to start). */
        public void abandon() {
            process.destroyForcibly();
        }
    }

    /** The URL from the ready line. */
    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}; returns the exit status (or -1 if killed). */
    public int stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return process.exitValue();
        }
        process.destroy();
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    /** SIGKILL: no shutdown hook runs, exactly a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
