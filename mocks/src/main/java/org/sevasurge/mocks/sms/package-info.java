/** The SMS-gateway simulator: accepts citizen notifications and answers 202 with a message id. */
package org.sevasurge.mocks.sms;
