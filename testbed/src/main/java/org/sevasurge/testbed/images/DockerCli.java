package org.sevasurge.testbed.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code docker} command line, for what Docker's HTTP API (as Testcontainers' client exposes it) cannot do:
 * {@code docker import} with {@code --change} instructions. It honours {@code DOCKER_HOST} like any docker command.
 * Stateless and thread-safe.
 */
public final class DockerCli {

    private static final long TIMEOUT_MINUTES = 20;

    /** An image in the local engine. */
    public record ImageInfo(String id, long sizeBytes, Instant created) {}

    /** The image's id, size and creation time, or empty when the engine does not have it. */
    public Optional<ImageInfo> inspect(String image) throws IOException, InterruptedException {
        Result result = run(List.of("docker", "image", "inspect", "--format", "{{.Id}}|{{.Size}}|{{.Created}}", image));
        if (result.status != 0) {
            if (result.output.contains("No such image")) {
                return Optional.empty();
            }
            throw engineProblem(result.output);
        }
        String[] fields = result.output.strip().split("\\|");
        return Optional.of(new ImageInfo(fields[0], Long.parseLong(fields[1]), Instant.parse(fields[2])));
    }

    /** {@code tar -C rootfs -c . | docker import --change ... - image}; returns the new image's id. */
    public String importRootfs(Path rootfs, List<String> changes, String image)
            throws IOException, InterruptedException {
        List<String> importCommand = new ArrayList<>(List.of("docker", "import"));
        for (String change : changes) {
            importCommand.add("--change");
            importCommand.add(change);
        }
        importCommand.add("-");
        importCommand.add(image);
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder("tar", "--numeric-owner", "-C", rootfs.toString(), "-c", ".")
                        .redirectError(ProcessBuilder.Redirect.INHERIT),
                new ProcessBuilder(importCommand).redirectErrorStream(true)));
        Process importer = pipeline.get(1);
        String output = new String(importer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (Process process : pipeline) {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("importing " + image + " took over " + TIMEOUT_MINUTES + " minutes");
            }
        }
        if (pipeline.get(0).exitValue() != 0 || importer.exitValue() != 0) {
            throw new IOException("importing " + rootfs + " as " + image + " failed: " + output.strip());
        }
        return output.strip();
    }

    /** Fails with a clear message when no Docker engine answers. */
    public void requireEngine() throws IOException, InterruptedException {
        Result result = run(List.of("docker", "version", "--format", "{{.Server.Version}}"));
        if (result.status != 0) {
            throw engineProblem(result.output);
        }
    }

    private static IOException engineProblem(String output) {
        return new IOException("the Docker engine does not answer (" + output.strip() + "); start one (e.g."
                + " 'dockerd --storage-driver=vfs &' as root) or point DOCKER_HOST at one");
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(
                    "cannot run '" + command.get(0) + "' (" + e.getMessage() + "); install the Docker"
                            + " command line (Debian: apt-get install docker.io)",
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {}
}
