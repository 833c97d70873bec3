/** The transactional outbox: SMS and DigiLocker messages written with the change they report, sent later. */
@NullMarked
package org.sevasurge.service.outbox;

import org.jspecify.annotations.NullMarked;
