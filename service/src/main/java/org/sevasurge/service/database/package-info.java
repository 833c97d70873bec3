/** PostgreSQL: the embedded server (durable settings, crash take-over) and the migrated connection pool. */
@NullMarked
package org.sevasurge.service.database;

import org.jspecify.annotations.NullMarked;
