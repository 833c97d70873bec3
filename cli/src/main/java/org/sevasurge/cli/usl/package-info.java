/** {@code sevasurge usl}: the Universal Scalability Law fitted to a planner's own measurements. */
package org.sevasurge.cli.usl;
