/** The reference certificate service (the system under test): its entry point and wiring. */
@NullMarked
package org.sevasurge.service;

import org.jspecify.annotations.NullMarked;
