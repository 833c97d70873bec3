package org.sevasurge.cli.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Gatling injector, forked in its own JVM on this command line's classpath ({@code io.gatling.app.Gatling -s
 * SIMULATION -rf DIR}): its own heap, its own CPU accounting, optionally pinned with taskset, killable without
 * taking the command down. Its output goes to the console and to {@code injector.log} in the run folder. The
 * run's parameters travel as {@code sevasurge.*} system properties (see the simulations' {@code RunSettings}).
 * One process per instance; not thread-safe.
 */
public final class Injector implements AutoCloseable {
    private static final List<String> GATLING_JVM_FLAGS = List.of(
            "-XX:MaxInlineLevel=20",
            "-XX:MaxTrivialSize=12",
            // Gatling's log writer reaches into these on Java 17.
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
            // Nothing leaves the machine: no usage analytics.
            "-Dgatling.data.enableAnalytics=false");

    private final List<String> command;
    private final Path log;
    private final Double cpuLimit;
    private Process process;
    private CpuLimit limit;

    private Injector(List<String> command, Path log, Double cpuLimit) {
        this.command = List.copyOf(command);
        this.log = log;
        this.cpuLimit = cpuLimit;
    }

    /**
     * @param simulation the simulation class
     * @param properties the run's {@code sevasurge.*} system properties
     * @param options    heap, core share, CPU pinning
     * @param runDir     the run folder (Gatling's report goes to its {@code gatling/}, the output to injector.log)
     * @return the injector, not started
     */
    public static Injector of(String simulation, Map<String, String> properties, InjectorOptions options, Path runDir) {
        List<String> command = new ArrayList<>();
        if (options.cpus() != null) {
            command.addAll(List.of("taskset", "-c", options.cpus()));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.heap());
        command.addAll(GATLING_JVM_FLAGS);
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put("sevasurge.injector.cores", String.valueOf(options.cores()));
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "io.gatling.app.Gatling",
                "-s",
                simulation,
                "-rf",
                runDir.resolve("gatling").toString(),
                "-rd",
                runDir.getFileName().toString()));
        return new Injector(command, runDir.resolve("injector.log"), options.cpuLimit());
    }

    /** @return the command line, for the record */
    public List<String> command() {
        return command;
    }

    /** Starts the injector and copies its output to {@code out} and injector.log on a background thread. */
    public void start(PrintWriter out) throws IOException {
        Files.createDirectories(log.getParent());
        if (cpuLimit != null) {
            limit = CpuLimit.create(
                    cpuLimit,
                    log.getParent().getFileName() + "-"
                            + ProcessHandle.current().pid());
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (limit != null) {
            // Moved in before the JVM has started its work: all of Gatling runs under the limit.
            limit.add(process.pid());
        }
        Thread copier = new Thread(() -> copy(out), "injector-output");
        copier.setDaemon(true);
        copier.start();
    }

    private void copy(PrintWriter out) {
        try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                file.write(line);
                file.write('\n');
                file.flush();
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the injector's output to " + log, e);
        }
    }

    /** @return whether the injector is still running */
    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** @return the injector's exit status, once it ended */
    public int await() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the injector if it still runs (Ctrl-C, or a failure of the command). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (limit != null) {
            limit.close();
        }
    }
}
