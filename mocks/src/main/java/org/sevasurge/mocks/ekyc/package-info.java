/**
 * The eKYC simulator: identity check of an applicant at submission, with a deterministic
 * "no match" for names starting with NOMATCH.
 */
package org.sevasurge.mocks.ekyc;
