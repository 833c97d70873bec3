/** The operational laws used on every step: Little's law (N = X·R) and the utilisation law (D = U / X). Pure. */
@NullMarked
package org.sevasurge.capacity.laws;

import org.jspecify.annotations.NullMarked;
