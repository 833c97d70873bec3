/**
 * The storage runway (the 2021 failure): how a volume fills over next season's calendar at the measured bytes per
 * application, and the dates at which it reaches the storage guard's low, high and flood watermarks. Pure.
 */
@NullMarked
package org.sevasurge.capacity.runway;

import org.jspecify.annotations.NullMarked;
