/** {@code sevasurge compare BASE NEW}: the gate between two runs of one plan, decided beyond noise. */
@NullMarked
package org.sevasurge.cli.compare;

import org.jspecify.annotations.NullMarked;
