/** Asking a running service whether it is ready for load ({@code GET /health/ready}). */
@NullMarked
package org.sevasurge.testbed.health;

import org.jspecify.annotations.NullMarked;
