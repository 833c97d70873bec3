/**
 * The lifecycle of one load run, independent of Gatling: settings from system properties, the calendar and
 * plan, the run folder and {@code run.json}, recording, the ledger check and the summary. A Gatling simulation
 * (or any other driver) prepares a {@link org.sevasurge.simulations.run.LoadRun}, starts it, feeds it from its
 * journeys and finishes it.
 */
package org.sevasurge.simulations.run;
