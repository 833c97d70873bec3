/**
 * The profile admin API, {@code /__sevasurge/profiles}: read and switch each service's fault
 * profile over HTTP while a run goes on, e.g. break payment at minute 3 and heal it at minute 6.
 */
@NullMarked
package org.sevasurge.mocks.admin;

import org.jspecify.annotations.NullMarked;
