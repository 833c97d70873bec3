/** {@code sevasurge runs}: the run folders kept under the runs folder, newest first. */
package org.sevasurge.cli.runs;
