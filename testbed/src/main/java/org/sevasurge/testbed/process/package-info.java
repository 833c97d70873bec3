/** Runnable jars started as their own JVMs: the ready line they print, their pid, SIGTERM and SIGKILL. */
package org.sevasurge.testbed.process;
