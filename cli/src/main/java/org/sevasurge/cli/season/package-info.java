/** {@code sevasurge season}: one calendar profile against the system under test, judged once afterwards. */
package org.sevasurge.cli.season;
