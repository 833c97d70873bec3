/**
 * Benchmarks of the document volume: recognising a document by its leading bytes, hashing it, and writing it
 * durably (write, fsync, atomic rename, directory fsync).
 */
@NullMarked
package org.sevasurge.benchmarks.documents;

import org.jspecify.annotations.NullMarked;
