/** Runs that break the system under test on purpose and check that the run says so. */
package org.sevasurge.simulations.crash;
