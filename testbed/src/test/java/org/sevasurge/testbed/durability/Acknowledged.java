package org.sevasurge.testbed.durability;

import java.util.List;

/**
 * One {@code 201} as the load generator received it: what the service promised to keep.
 *
 * @param idempotencyKey  the key it was submitted under
 * @param applicationNo   the number the service gave it
 * @param payloadSha256   the payload hash computed from what was sent (the service's own formula)
 * @param documentSha256s SHA-256 of each document sent, in order
 */
record Acknowledged(String idempotencyKey, String applicationNo, String payloadSha256, List<String> documentSha256s) {}
