/**
 * Test-only switches that each break one promise of the service on purpose ({@code --break-promise}), so that a
 * test can show its check fails when the promise is broken. Off by default, refused unless the environment allows
 * them explicitly, and announced loudly (a warning at start, the ready line, {@code /health/ready} and
 * {@code /metrics}) so that no real run uses one unnoticed.
 */
@NullMarked
package org.sevasurge.service.promises;

import org.jspecify.annotations.NullMarked;
