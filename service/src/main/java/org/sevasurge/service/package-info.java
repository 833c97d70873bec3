/** The reference certificate service (the system under test): its entry point and wiring. */
package org.sevasurge.service;
