/** PostgreSQL: the embedded server (durable settings, crash take-over) and the migrated connection pool. */
package org.sevasurge.service.database;
