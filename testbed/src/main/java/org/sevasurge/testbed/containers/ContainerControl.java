package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What the testbed does to a container after Testcontainers started it: signals, start again, exec, logs. The
 * container is the same one throughout (same writable layer, same volumes, same host-network ports), which is
 * what lets a killed service come back with its data. Stateless apart from the client; thread-safe.
 */
final class ContainerControl {

    /** The result of a command run in a container. */
    record ExecResult(long exitCode, String output) {}

    private final DockerClient docker;

    ContainerControl(DockerClient docker) {
        this.docker = docker;
    }

    boolean isRunning(String id) {
        try {
            Boolean running = docker.inspectContainerCmd(id).exec().getState().getRunning();
            return Boolean.TRUE.equals(running);
        } catch (NotFoundException gone) {
            return false;
        }
    }

    /** Sends {@code signal} and waits until the container has stopped; SIGKILL after {@code grace}. */
    void signalAndWait(String id, String signal, Duration grace) throws IOException, InterruptedException {
        if (!isRunning(id)) {
            return;
        }
        docker.killContainerCmd(id).withSignal(signal).exec();
        long deadline = System.nanoTime() + grace.toNanos();
        while (isRunning(id)) {
            if (System.nanoTime() > deadline) {
                if (!"SIGKILL".equals(signal)) {
                    docker.killContainerCmd(id).withSignal("SIGKILL").exec();
                    deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    signal = "SIGKILL";
                } else {
                    throw new IOException("container " + id + " still runs 30 s after SIGKILL");
                }
            }
            Thread.sleep(50);
        }
    }

    void start(String id) {
        docker.startContainerCmd(id).exec();
    }

    /** Runs {@code command} in the running container and returns its exit code and output (stdout and stderr). */
    ExecResult exec(String id, String... command) throws IOException, InterruptedException {
        ExecCreateCmdResponse created = docker.execCreateCmd(id)
                .withCmd(command)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCallback.Adapter<Frame> callback = docker.execStartCmd(created.getId())
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        output.writeBytes(frame.getPayload());
                    }
                });
        if (!callback.awaitCompletion(5, TimeUnit.MINUTES)) {
            throw new IOException("'" + String.join(" ", command) + "' in container " + id + " did not finish");
        }
        Long exit = docker.inspectExecCmd(created.getId()).exec().getExitCodeLong();
        return new ExecResult(exit == null ? -1 : exit, output.toString(StandardCharsets.UTF_8));
    }

    /** Writes everything the container printed, over all its starts, to {@code file}; never throws. */
    void saveLogs(String id, Path file) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            docker.logContainerCmd(id)
                    .withStdOut(true)
                    .withStdErr(true)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            output.writeBytes(frame.getPayload());
                        }
                    })
                    .awaitCompletion(30, TimeUnit.SECONDS);
            Files.createDirectories(file.getParent());
            Files.write(file, output.toByteArray());
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ContainerControl.class)
                    .warn("could not save the logs of {} to {}: {}", id, file, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
