/**
 * Benchmarks of the service's calls to the external government services (eKYC, payment, SMS, DigiLocker, land
 * records).
 */
@NullMarked
package org.sevasurge.benchmarks.external;

import org.jspecify.annotations.NullMarked;
