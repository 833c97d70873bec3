/**
 * WireMock simulators of the external government services the certificate service calls
 * (eKYC, payment, SMS, DigiLocker, land records), with fault profiles switchable at runtime.
 *
 * <p>Start them embedded with {@link org.sevasurge.mocks.GovernmentServiceMocks} or as a process
 * with {@link org.sevasurge.mocks.Main}. One feature package per simulated service holds its
 * {@code *Stubs} (routes) and its responder (the answers); {@code faults} turns a profile into
 * delays and faults; {@code admin} serves the profile switch over HTTP.
 */
@NullMarked
package org.sevasurge.mocks;

import org.jspecify.annotations.NullMarked;
