/**
 * Benchmarks of the load generator's own work per submission, which must stay far below the service's so that the
 * injector is never the limit of a run.
 */
@NullMarked
package org.sevasurge.benchmarks.injector;

import org.jspecify.annotations.NullMarked;
