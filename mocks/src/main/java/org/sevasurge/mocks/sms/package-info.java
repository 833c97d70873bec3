/** The SMS-gateway simulator: accepts citizen notifications and answers 202 with a message id. */
@NullMarked
package org.sevasurge.mocks.sms;

import org.jspecify.annotations.NullMarked;
