/** The transactional outbox: SMS and DigiLocker messages written with the change they report, sent later. */
package org.sevasurge.service.outbox;
