package org.sevasurge.testbed.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sevasurge.testbed.containers.DockerAvailability;
import org.sevasurge.testbed.images.BaseImage;
import org.sevasurge.testbed.images.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DockerTest} classes when a Docker engine answers and, for each base image, the official or the built
 * one is present (a test never pulls: without a registry a pull only fails after a long timeout). Otherwise the
 * class is skipped and the reason logged, unless {@code SEVASURGE_DOCKER_TESTS=required} (set by {@code .ci/run}
 * once it has an engine and the images), where a missing engine or image fails the class instead of hiding it.
 *
 * <p>{@code .ci/run} builds the images in the background while the other modules' tests run, and names the file the
 * build's exit status will be written to in {@code SEVASURGE_IMAGES_STATUS}: a docker test first waits for that file
 * (at most {@link #IMAGES_WAIT}), and is skipped with the reason when the build failed, as it would have been had the
 * images been built first.
 */
public final class DockerCondition implements ExecutionCondition {

    private static final Logger LOG = LoggerFactory.getLogger(DockerCondition.class);
    /** Longer than the slowest image build seen in CI (about 4 minutes of Debian downloads), well within CI's 30. */
    static final Duration IMAGES_WAIT = Duration.ofMinutes(15);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> build = imagesBuildFailure(System.getenv("SEVASURGE_IMAGES_STATUS"));
        if (build.isPresent()) {
            String reason = "skipped, tests tagged docker need the images, and " + build.get();
            LOG.warn("{}: {}", context.getDisplayName(), reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        Optional<String> problem = problem();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("a Docker engine and the base images are there");
        }
        if ("required".equals(System.getenv("SEVASURGE_DOCKER_TESTS"))) {
            throw new IllegalStateException("SEVASURGE_DOCKER_TESTS=required, but " + problem.get());
        }
        String reason = "skipped, tests tagged docker need " + problem.get();
        LOG.warn("{}: {}", context.getDisplayName(), reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static Optional<String> problem() {
        Optional<String> engine = DockerAvailability.unavailableReason();
        if (engine.isPresent()) {
            return Optional.of("a Docker engine: " + engine.get());
        }
        List<String> missing = new ArrayList<>();
        DockerCli cli = new DockerCli();
        try {
            for (BaseImage base : BaseImage.values()) {
                if (cli.inspect(base.officialName()).isEmpty()
                        && cli.inspect(base.builtName()).isEmpty()) {
                    missing.add(base.officialName() + " or " + base.builtName());
                }
            }
        } catch (IOException e) {
            return Optional.of("the docker command: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("an uninterrupted check");
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("the images " + String.join(", ", missing)
                        + " (build them with './sevasurge images build', or docker pull the official ones)");
    }

    /**
     * Waits for a background image build to end when {@code statusFile} names one.
     *
     * @param statusFile where the build writes its exit status when it ends, or null when no build is under way
     * @return why the images are not there when the build failed or did not end in time; empty when it succeeded or
     *     there is no build to wait for
     */
    static Optional<String> imagesBuildFailure(@Nullable String statusFile) {
        if (statusFile == null || statusFile.isBlank()) {
            return Optional.empty();
        }
        Path status = Path.of(statusFile);
        long deadline = System.nanoTime() + IMAGES_WAIT.toNanos();
        boolean told = false;
        try {
            while (!Files.exists(status)) {
                if (System.nanoTime() > deadline) {
                    return Optional.of("the images build did not end within " + IMAGES_WAIT.toMinutes() + " minutes");
                }
                if (!told) {
                    LOG.info("waiting for the images being built in the background (status to {})", status);
                    told = true;
                }
                Thread.sleep(1000);
            }
            String code = Files.readString(status, StandardCharsets.US_ASCII).trim();
            return "0".equals(code)
                    ? Optional.empty()
                    : Optional.of(
                            "the images build failed with status " + code + " (its log is beside " + status + ")");
        } catch (IOException e) {
            return Optional.of("the images build's status could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("an uninterrupted wait for the images build");
        }
    }
}
