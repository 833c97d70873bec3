package org.sevasurge.testbed.containers;

import java.util.List;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' PostgreSQL container on the host's network, listening on 127.0.0.1 at a port chosen up front:
 * no port is published, so its JDBC URL names that port instead of a mapped one. Durable as the embedded testbed's
 * ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on; Testcontainers' default turns fsync
 * off, which a test of durable acknowledgements must not measure). Accepts the official {@code postgres} image and
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
        withCommand("postgres", "-c", "listen_addresses=127.0.0.1", "-c", "port=" + port, "-c", "fsync=on",
                "-c", "synchronous_commit=on", "-c", "full_page_writes=on", "-c", "max_connections=200");
    }

    int port() {
        return port;
    }

    @Override
    public String getJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + getDatabaseName();
    }
}
