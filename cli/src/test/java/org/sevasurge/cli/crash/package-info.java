/** A season run whose service is killed mid-run: the crash must show in its verdict. */
package org.sevasurge.cli.crash;
