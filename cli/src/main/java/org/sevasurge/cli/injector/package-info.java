/**
 * {@code sevasurge injector}: the benchmark that shows the injector is never the limit. The submission journey runs
 * against a {@link org.sevasurge.cli.injector.FastSink} (a real HTTP server on loopback that reads and discards the
 * documents), once with Seva Surge's recording on and once with it off, in one session; the injector JVM's own CPU
 * and the rate the sink saw give the injector's cores per 100 submissions/s and the recording's overhead.
 */
@NullMarked
package org.sevasurge.cli.injector;

import org.jspecify.annotations.NullMarked;
