/** The external testbed: a service someone else runs (staging), checked before any load, never started or stopped. */
@NullMarked
package org.sevasurge.testbed.external;

import org.jspecify.annotations.NullMarked;
