/** Benchmarks of the status read path: serialising the answer citizens poll for. */
package org.sevasurge.benchmarks.status;
