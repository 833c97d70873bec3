/** Runnable jars started as their own JVMs: the ready line they print, their pid, SIGTERM and SIGKILL. */
@NullMarked
package org.sevasurge.testbed.process;

import org.jspecify.annotations.NullMarked;
