/**
 * The embedded testbed: PostgreSQL from the zonky binaries (its own postgres process), the external-service mocks
 * and the certificate service, each its own JVM, all on free ports of 127.0.0.1. Separate JVMs keep the injector's
 * CPU figures its own and let a test {@code kill -9} the service.
 */
@NullMarked
package org.sevasurge.testbed.embedded;

import org.jspecify.annotations.NullMarked;
