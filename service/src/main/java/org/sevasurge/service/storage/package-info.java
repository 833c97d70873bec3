/** The storage guard: watermarks on the document and database volumes, 507 at flood stage, automatic resume. */
package org.sevasurge.service.storage;
