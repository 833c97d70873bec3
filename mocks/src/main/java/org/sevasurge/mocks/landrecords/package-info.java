/**
 * The Bhuiyan land-records simulator: plot lookup by district and khasra number, used by the
 * revenue inspector's field report. Answers are derived from the plot's identity, so repeatable.
 */
@NullMarked
package org.sevasurge.mocks.landrecords;

import org.jspecify.annotations.NullMarked;
