/**
 * What the load commands share: the project's home and its folders, the options every run takes (target, runs
 * folder, workload, injector), the system under test brought up and down, the Gatling injector forked in its own JVM
 * and the ack ledger read back after the load.
 */
@NullMarked
package org.sevasurge.cli.run;

import org.jspecify.annotations.NullMarked;
