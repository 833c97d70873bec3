/**
 * The lifecycle of one load run in the injector JVM, independent of Gatling: settings from system properties (set
 * by the command line that forks the injector), the defaults every part shares, the run folder and
 * {@code run.json}, and recording. A Gatling simulation prepares a {@link org.sevasurge.simulations.run.LoadRun},
 * starts it, feeds it from its journeys and finishes it; judging the run is the orchestrator's job, afterwards.
 */
@NullMarked
package org.sevasurge.simulations.run;

import org.jspecify.annotations.NullMarked;
