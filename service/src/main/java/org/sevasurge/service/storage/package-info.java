/** The storage guard: watermarks on the document and database volumes, 507 at flood stage, automatic resume. */
@NullMarked
package org.sevasurge.service.storage;

import org.jspecify.annotations.NullMarked;
