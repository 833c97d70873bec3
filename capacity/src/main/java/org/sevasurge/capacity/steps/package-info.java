/**
 * Per-step measurements of a run (offered and achieved rates, latency and errors per request, server and injector
 * resources, Little's law and the utilisation law) and the step verdict: PASS, FAIL or INCONCLUSIVE.
 */
@NullMarked
package org.sevasurge.capacity.steps;

import org.jspecify.annotations.NullMarked;
