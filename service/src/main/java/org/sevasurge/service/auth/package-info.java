/**
 * Who may do what: officers' accounts (Argon2id password hashes, seeded per district by a migration), the
 * login and refresh endpoints issuing signed, expiring bearer tokens (HS256 JWT, checked without a database
 * hit), role and district checks, and the citizen's access code (the second factor for status reads and
 * certificate downloads), derived from the application number with a keyed hash so it costs no storage.
 */
@NullMarked
package org.sevasurge.service.auth;

import org.jspecify.annotations.NullMarked;
