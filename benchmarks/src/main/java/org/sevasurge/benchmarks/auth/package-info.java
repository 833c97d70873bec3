/**
 * Benchmarks of credentials: an officer's login (the slow Argon2id password check and the token issue), and the
 * cheap checks on the hot paths, a bearer token and a citizen's access code.
 */
@NullMarked
package org.sevasurge.benchmarks.auth;

import org.jspecify.annotations.NullMarked;
