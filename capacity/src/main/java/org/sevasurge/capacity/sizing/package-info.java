/**
 * How many instances a season needs: Erlang C (M/M/c) waiting probabilities and instance counts at a target
 * utilisation, with N+1 and N+2 headroom rows. Pure functions.
 */
@NullMarked
package org.sevasurge.capacity.sizing;

import org.jspecify.annotations.NullMarked;
