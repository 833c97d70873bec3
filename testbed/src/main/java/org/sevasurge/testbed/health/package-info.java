/** Asking a running service whether it is ready for load ({@code GET /health/ready}). */
package org.sevasurge.testbed.health;
