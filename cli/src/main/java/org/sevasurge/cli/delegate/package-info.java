/**
 * Subcommands that hand their arguments to what exists: {@code bench} to the JMH runner of the benchmarks module,
 * {@code service} to the reference service's own command line.
 */
@NullMarked
package org.sevasurge.cli.delegate;

import org.jspecify.annotations.NullMarked;
