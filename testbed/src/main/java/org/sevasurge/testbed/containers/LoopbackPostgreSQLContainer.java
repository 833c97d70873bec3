package org.sevasurge.testbed.containers;

import java.util.ArrayList;
import java.util.List;
import org.sevasurge.service.database.ServerSettings;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' PostgreSQL container on the host's network, listening on 127.0.0.1 at a port chosen up front:
 * no port is published, so its JDBC URL names that port instead of a mapped one. It runs with the service's own
 * {@link ServerSettings#DURABLE_LOOPBACK}, as the embedded testbed does (Testcontainers' default turns fsync off,
 * which a test of durable acknowledgements must not measure). Accepts the official {@code postgres} image and
 * compatible substitutes (checked in the constructor, e.g. {@code sevasurge/postgres:15-bookworm}).
 * Configure before {@code start()}, from one thread.
 */
final class LoopbackPostgreSQLContainer extends PostgreSQLContainer {

    private final int port;

    LoopbackPostgreSQLContainer(String image, int port) {
        super(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        this.port = port;
        setExposedPorts(List.of());
        withNetworkMode("host");
        List<String> command = new ArrayList<>(List.of("postgres", "-c", "port=" + port));
        command.addAll(ServerSettings.commandLine());
        withCommand(command.toArray(String[]::new));
    }

    int port() {
        return port;
    }

    @Override
    public String getJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + getDatabaseName();
    }
}
