/**
 * Benchmarks of certificates: signing and rendering the PDF at approval, checking a signature, and the public
 * verification look-up colleges call, with and without its cache.
 */
@NullMarked
package org.sevasurge.benchmarks.certificates;

import org.jspecify.annotations.NullMarked;
