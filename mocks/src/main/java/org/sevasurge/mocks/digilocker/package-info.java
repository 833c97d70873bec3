/**
 * The DigiLocker simulator: accepts the push of an issued certificate; repeated pushes of one
 * certificate get the same document id.
 */
@NullMarked
package org.sevasurge.mocks.digilocker;

import org.jspecify.annotations.NullMarked;
