/** The service catalogue, districts and Lok Seva Kendras, held in memory for validation. */
package org.sevasurge.service.catalogue;
