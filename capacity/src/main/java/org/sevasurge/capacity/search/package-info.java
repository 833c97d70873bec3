/**
 * The capacity search's arithmetic and its result: the staircases' rates, the finding (the highest passing rate
 * below the first failure, and what limited it) and {@code capacity.json} (format {@code sevasurge-capacity},
 * schema in {@code capacity.schema.json}).
 */
@NullMarked
package org.sevasurge.capacity.search;

import org.jspecify.annotations.NullMarked;
