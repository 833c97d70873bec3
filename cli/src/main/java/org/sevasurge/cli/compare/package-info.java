/** {@code sevasurge compare BASE NEW}: the gate between two runs of one plan, decided beyond noise. */
package org.sevasurge.cli.compare;
