/**
 * The eKYC simulator: identity check of an applicant at submission, with a deterministic
 * "no match" for names starting with NOMATCH.
 */
@NullMarked
package org.sevasurge.mocks.ekyc;

import org.jspecify.annotations.NullMarked;
