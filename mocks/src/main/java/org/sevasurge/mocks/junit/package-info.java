/**
 * A JUnit 5 extension that runs the mocks on a free port for a test class. Needs JUnit Jupiter
 * on the test classpath; the runnable jar does not ship it.
 */
@NullMarked
package org.sevasurge.mocks.junit;

import org.jspecify.annotations.NullMarked;
