package org.sevasurge.cli.capacity;

import java.util.Set;

/**
 * {@code --request 'GET /path'}: the method and path (with query) of the one request a search measures. Immutable.
 *
 * @param method an HTTP method in capitals
 * @param path   starts with {@code /}
 */
record RequestOption(String method, String path) {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    static RequestOption parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2 || !METHODS.contains(parts[0]) || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("--request '" + text + "': accepted values: 'METHOD /path', e.g. "
                    + "'GET /api/v1/applications/CG-INC-2026-0000001', with METHOD one of "
                    + String.join(", ", METHODS.stream().sorted().toList()));
        }
        return new RequestOption(parts[0], parts[1]);
    }
}
