package org.sevasurge.testbed.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseImageTest {

    @Test
    void theOfficialImageIsUsedWhenPresentOrWhenNeitherIsSoDockerPullsIt() {
        assertThat(BaseImage.POSTGRES.choose(Set.of("postgres:15", "sevasurge/postgres:15-bookworm")::contains))
                .isEqualTo("postgres:15");
        assertThat(BaseImage.POSTGRES.choose(image -> false))
                .as("with a registry, pulled")
                .isEqualTo("postgres:15");
    }

    @Test
    void theImageBuiltFromDebianPackagesIsUsedWhenOnlyItIsPresent() {
        assertThat(BaseImage.JRE.choose(Set.of("sevasurge/jre:17-bookworm")::contains))
                .as("air-gapped: no pull is attempted")
                .isEqualTo("sevasurge/jre:17-bookworm");
    }

    @Test
    void thePostgresImageStartsThroughAnEntrypointThatHonoursTheOfficialVariables() {
        assertThat(BaseImage.POSTGRES.dockerfileChanges())
                .contains("ENTRYPOINT [\"/usr/local/bin/docker-entrypoint.sh\"]", "EXPOSE 5432");
        assertThat(BaseImage.class.getResource("postgres-entrypoint.sh"))
                .as("shipped in the jar")
                .isNotNull();
    }
}
