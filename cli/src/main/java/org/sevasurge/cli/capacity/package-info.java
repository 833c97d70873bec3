/**
 * {@code sevasurge capacity}: the capacity of one instance, found by a staircase of open-model load (one Gatling run,
 * stopped after the first failing step) and a refining staircase between the last pass and the first failure, down
 * to a 5 % resolution; each step judged as it ends; the result in {@code capacity.json} with the USL fit, the season's
 * sizing and the storage each application costs.
 */
@NullMarked
package org.sevasurge.cli.capacity;

import org.jspecify.annotations.NullMarked;
