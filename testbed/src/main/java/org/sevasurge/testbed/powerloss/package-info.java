/**
 * A power-loss filesystem for tests: a FUSE filesystem that keeps every write in memory until it is fsynced,
 * passes synced data and synced directory entries through to a backing directory (the "disk"), and on command
 * forgets everything unsynced, as a power cut would. Durability claims of the service and of PostgreSQL are tested
 * on it: after {@link org.sevasurge.testbed.powerloss.PowerLossFs#powerCut()} only what was fsynced is left.
 */
@NullMarked
package org.sevasurge.testbed.powerloss;

import org.jspecify.annotations.NullMarked;
