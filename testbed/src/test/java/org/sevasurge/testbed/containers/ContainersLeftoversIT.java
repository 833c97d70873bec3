package org.sevasurge.testbed.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.images.BaseImage;
import org.sevasurge.testbed.support.DockerTest;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/** No container or volume is left behind: not by a run that fails, nor by a JVM killed before its teardown. */
@DockerTest
class ContainersLeftoversIT {

    @Test
    void aRunThatFailsWhileStartingRemovesEveryContainerAndVolumeItHadCreated() throws Exception {
        DockerClient docker = DockerAvailability.client();
        String owner = Labels.fresh().owner();
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "containers-failing");
        // PostgreSQL, the mocks and the keeper start; the service cannot be ready in 1 ms, so the run fails there.
        ContainerSettings settings = ContainerSettings.defaults().withDocumentsVolumeBytes(8L << 20)
                .withServiceStartTimeout(Duration.ofMillis(1));

        assertThatThrownBy(() -> ContainersTestbed.start(workDir, settings))
                .as("the failure names the stage and says that everything was removed")
                .hasMessageContaining("while starting the service")
                .hasMessageContaining("every container it had started is removed");

        assertThat(ownedContainers(docker, owner)).as("no container of this JVM is left").isEmpty();
        assertThat(docker.listVolumesCmd().withFilter("label", List.of(Labels.OWNER + "=" + owner)).exec()
                .getVolumes()).as("nor its documents volume").isNullOrEmpty();
        assertThat(workDir.resolve("logs/postgres.log")).as("the logs are kept for a post-mortem").exists();
    }

    @Test
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
                .withNetworkMode("none").withCommand("infinity")
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep"));
        orphan.start();
        assertThat(ownedContainers(docker, deadOwner)).as("a container left by a killed JVM").hasSize(1);

        int removed = new Leftovers(docker).removeOrphans();

        assertThat(removed).as("exactly the orphan").isEqualTo(1);
        assertThat(ownedContainers(docker, deadOwner)).as("removed, as Ryuk would have").isEmpty();
    }

    private static List<Container> ownedContainers(DockerClient docker, String owner) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Labels.OWNER, owner)).exec();
    }
}
