/**
 * The capacity search of one HTTP request of any server ({@code --request 'GET /path'}): a staircase of open
 * arrivals of that request, for teams whose system is not the reference service.
 */
@NullMarked
package org.sevasurge.simulations.request;

import org.jspecify.annotations.NullMarked;
