/** Test support shared by the testbed's tests: a small client of the certificate service and the Docker condition. */
package org.sevasurge.testbed.support;
