/** Benchmarks of the storage guard: what its check costs a submission, against reading the disk per request. */
@NullMarked
package org.sevasurge.benchmarks.storage;

import org.jspecify.annotations.NullMarked;
