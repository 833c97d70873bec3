/** The service catalogue, districts and Lok Seva Kendras, held in memory for validation. */
@NullMarked
package org.sevasurge.service.catalogue;

import org.jspecify.annotations.NullMarked;
