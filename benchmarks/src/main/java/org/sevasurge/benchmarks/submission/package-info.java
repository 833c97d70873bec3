/**
 * Benchmarks of accepting a submission before anything is written: reading the JSON part, parsing the
 * multipart body, the payload fingerprint, the idempotency look-up and the application-number generator.
 */
@NullMarked
package org.sevasurge.benchmarks.submission;

import org.jspecify.annotations.NullMarked;
