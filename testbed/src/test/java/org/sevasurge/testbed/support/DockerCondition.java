package org.sevasurge.testbed.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
public final class DockerCondition implements ExecutionCondition {

    private static final Logger LOG = LoggerFactory.getLogger(DockerCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
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
}
