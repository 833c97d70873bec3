/** {@code sevasurge season}: one calendar profile against the system under test, judged once afterwards. */
@NullMarked
package org.sevasurge.cli.season;

import org.jspecify.annotations.NullMarked;
