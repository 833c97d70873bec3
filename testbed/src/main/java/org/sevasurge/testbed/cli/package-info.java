/** The command line of {@link org.sevasurge.testbed.Main}: its options and the state file it writes. */
package org.sevasurge.testbed.cli;
