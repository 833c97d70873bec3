/** {@code sevasurge usl}: the Universal Scalability Law fitted to a planner's own measurements. */
@NullMarked
package org.sevasurge.cli.usl;

import org.jspecify.annotations.NullMarked;
