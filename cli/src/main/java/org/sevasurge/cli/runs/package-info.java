/** {@code sevasurge runs}: the run folders kept under the runs folder, newest first. */
@NullMarked
package org.sevasurge.cli.runs;

import org.jspecify.annotations.NullMarked;
