/** Benchmarks of the status read path: serialising the answer citizens poll for, and reading it
 * beside approvals that issue certificates. */
@NullMarked
package org.sevasurge.benchmarks.status;

import org.jspecify.annotations.NullMarked;
