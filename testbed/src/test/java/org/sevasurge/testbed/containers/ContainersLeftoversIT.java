package org.sevasurge.testbed.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.sevasurge.testbed.images.BaseImage;
import org.sevasurge.testbed.support.DockerTest;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * No container or volume is left behind: not by a run that fails, nor by Ctrl-C, nor by a JVM killed before its
 * teardown. The failed start and the Ctrl-C cases run side by side (most of their time is Docker creating
 * containers), the orphan case beside neither: every start sweeps orphans, and a testbed stopped with Ctrl-C is
 * briefly one, so either could change the count it asserts.
 */
@DockerTest
class ContainersLeftoversIT {
    /** Held exclusively by the orphan case, shared by the cases that start a testbed. */
    private static final String ORPHANS = "sevasurge.containers.orphans";

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = ORPHANS, mode = ResourceAccessMode.READ)
    void aRunThatFailsWhileStartingRemovesEveryContainerAndVolumeItHadCreated() throws Exception {
        DockerClient docker = DockerAvailability.client();
        String owner = Labels.fresh().owner();
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "containers-failing");
        // PostgreSQL, the mocks and the keeper start; the service cannot be ready in 1 ms, so the run fails there.
        ContainerSettings settings = ContainerSettings.defaults()
                .withDocumentsVolumeBytes(8L << 20)
                .withServiceStartTimeout(Duration.ofMillis(1));

        assertThatThrownBy(() -> ContainersTestbed.start(workDir, settings))
                .as("the failure names the stage and says that everything was removed")
                .hasMessageContaining("while starting the service")
                .hasMessageContaining("every container it had started is removed");

        assertNothingLeftOf(docker, owner, "the failed start removed every container and volume of this JVM");
        assertThat(workDir.resolve("logs/postgres.log"))
                .as("the logs are kept for a post-mortem")
                .exists();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = ORPHANS, mode = ResourceAccessMode.READ)
    void aTestbedStoppedWithCtrlCRemovesEveryContainerAndVolumeBeforeItsJvmExits() throws Exception {
        DockerClient docker = DockerAvailability.client();
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "containers-sigterm");
        Path state = workDir.resolve("testbed.state");
        Files.deleteIfExists(state);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (String property : List.of("sevasurge.service.jar", "sevasurge.mocks.jar")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(
                "org.sevasurge.testbed.Main",
                "up",
                "--mode",
                "containers",
                "--documents-volume",
                "8m",
                "--state-file",
                state.toString(),
                "--work-dir",
                workDir.toString()));
        Files.createDirectories(workDir);
        Process testbed = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("main.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.exists(state) && testbed.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(state)
                    .as("the testbed came up (see %s)", workDir.resolve("main.log"))
                    .exists();
            String owner = Labels.hostName() + ":" + testbed.pid();
            assertThat(ownedContainers(docker, owner))
                    .as("postgres, mocks, keeper and service")
                    .hasSize(4);

            testbed.destroy();
            assertThat(testbed.waitFor(60, TimeUnit.SECONDS))
                    .as("SIGTERM (Ctrl-C) ends it")
                    .isTrue();

            assertNothingLeftOf(docker, owner, "its shutdown hook removed every container and its volume");
        } finally {
            testbed.destroyForcibly();
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(ORPHANS)
    void containersOfAnOwnerThatNoLongerRunsAreRemovedAtTheNextStart() throws Exception {
        DockerClient docker = DockerAvailability.client();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String deadOwner = Labels.hostName() + ":" + gone.pid();
        String jre = BaseImage.JRE.choose(image -> {
            try {
                docker.inspectImageCmd(image).exec();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        GenericContainer<?> orphan = new GenericContainer<>(DockerImageName.parse(jre))
                .withLabels(Map.of(Labels.OWNER, deadOwner, Labels.SESSION, "orphan-test"))
                .withNetworkMode("none")
                .withCommand("infinity")
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep"));
        orphan.start();
        assertThat(ownedContainers(docker, deadOwner))
                .as("a container left by a killed JVM")
                .hasSize(1);

        int removed = new Leftovers(docker).removeOrphans();

        assertThat(removed).as("exactly the orphan").isEqualTo(1);
        assertThat(ownedContainers(docker, deadOwner))
                .as("removed, as Ryuk would have")
                .isEmpty();
    }

    private static List<Container> ownedContainers(DockerClient docker, String owner) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(Labels.OWNER, owner))
                .exec();
    }

    /** Asserts that no container and no volume labelled as {@code owner}'s is left, {@code why}. */
    private static void assertNothingLeftOf(DockerClient docker, String owner, String why) {
        assertThat(ownedContainers(docker, owner)).as("containers: " + why).isEmpty();
        assertThat(ownedVolumes(docker, owner)).as("volumes: " + why).isNullOrEmpty();
    }

    /** @return the volumes labelled as {@code owner}'s; null or empty when there are none */
    private static @Nullable List<InspectVolumeResponse> ownedVolumes(DockerClient docker, String owner) {
        return docker.listVolumesCmd()
                .withFilter("label", List.of(Labels.OWNER + "=" + owner))
                .exec()
                .getVolumes();
    }
}
