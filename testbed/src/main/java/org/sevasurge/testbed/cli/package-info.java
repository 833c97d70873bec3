/** The command line of {@link org.sevasurge.testbed.Main}: its options and the state file it writes. */
@NullMarked
package org.sevasurge.testbed.cli;

import org.jspecify.annotations.NullMarked;
