/**
 * Several injectors, one run: run folders of one plan written by several load generators merged into one folder
 * that every analysis reads as if one injector had sent the whole load. HdrHistogram interval logs merge exactly
 * (no value re-binned), per-second counts add, ledgers concatenate, the injectors' CPU adds per second.
 */
@NullMarked
package org.sevasurge.capacity.merge;

import org.jspecify.annotations.NullMarked;
