/** The external testbed: a service someone else runs (staging), checked before any load, never started or stopped. */
package org.sevasurge.testbed.external;
