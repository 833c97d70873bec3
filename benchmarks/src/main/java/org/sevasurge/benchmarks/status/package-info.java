/** Benchmarks of the status read path: serialising the answer citizens poll for. */
@NullMarked
package org.sevasurge.benchmarks.status;

import org.jspecify.annotations.NullMarked;
