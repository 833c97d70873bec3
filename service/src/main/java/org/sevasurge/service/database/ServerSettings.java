package org.sevasurge.service.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server settings every database Seva Surge starts runs with: the service's embedded mode, the embedded
 * testbed's and the containers testbed's. Written once here so the three cannot drift apart.
 *
 * <p>Durability first: zonky's embedded PostgreSQL and Testcontainers' PostgreSQL both turn {@code fsync} (and zonky
 * also {@code synchronous_commit}) off for throw-away test databases. A certificate service acknowledges applications
 * as durable, and a load test of durable acknowledgements must not measure a database that skips its flushes, so
 * they are switched back on (a later {@code -c fsync=on} overrides zonky's {@code -F}). Immutable.
 */
public final class ServerSettings {

    /** {@code postgresql.conf} names and values, in the order they are passed. */
    public static final Map<String, String> DURABLE_LOOPBACK = durableLoopback();

    /** The settings that make an acknowledged commit durable; they must never be overridden by a caller. */
    public static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private ServerSettings() {}

    private static Map<String, String> durableLoopback() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("listen_addresses", "127.0.0.1");
        // The service's pool, the ledger check's reads and an operator's psql, with room to spare.
        settings.put("max_connections", "200");
        return java.util.Collections.unmodifiableMap(settings);
    }

    /** @return {@link #DURABLE_LOOPBACK} as {@code postgres} command-line arguments ({@code -c name=value} pairs) */
    public static List<String> commandLine() {
        List<String> arguments = new ArrayList<>();
        DURABLE_LOOPBACK.forEach((name, value) -> {
            arguments.add("-c");
            arguments.add(name + "=" + value);
        });
        return List.copyOf(arguments);
    }
}
