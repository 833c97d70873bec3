/**
 * The after-run ledger check: every acknowledged application of the ack ledger is read back from the service
 * and compared (it exists, its payloadSha256 is the one the injector computed, no application number was given
 * to two keys and no key got two numbers). Any lost, changed, duplicated or unreadable application fails the run.
 */
@NullMarked
package org.sevasurge.simulations.ledger;

import org.jspecify.annotations.NullMarked;
