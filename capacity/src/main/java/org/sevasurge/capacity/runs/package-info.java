/**
 * Reading a run folder, the contract between an injector (which writes it) and every analysis (which reads it):
 * {@link org.sevasurge.capacity.runs.RunLayout} names its files, {@link org.sevasurge.capacity.runs.LoadRunFolder}
 * reads them, and every malformed or missing part is a {@link org.sevasurge.capacity.BadInputException} naming the
 * file and field.
 */
@NullMarked
package org.sevasurge.capacity.runs;

import org.jspecify.annotations.NullMarked;
