/** Benchmarks of the storage guard: what its check costs a submission, against reading the disk per request. */
package org.sevasurge.benchmarks.storage;
