/**
 * Capacity analysis of Seva Surge run folders. Everything here reads files and computes; nothing sends load, so a
 * run made on another machine (or by several injectors) is analysed the same way. Sub-packages: {@code runs}
 * (reading a run folder), {@code steps} (per-step measurements and the step verdict), {@code laws} (Little's law
 * and the utilisation law), {@code usl} (the Universal Scalability Law fit), {@code sizing} (Erlang C and instance
 * counts), {@code search} (the capacity result and {@code capacity.json}), {@code verdict} (a season run's verdict).
 */
@NullMarked
package org.sevasurge.capacity;

import org.jspecify.annotations.NullMarked;
