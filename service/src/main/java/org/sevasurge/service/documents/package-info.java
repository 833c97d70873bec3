/** The document volume: type detection by magic bytes, content-addressed durable storage. */
@NullMarked
package org.sevasurge.service.documents;

import org.jspecify.annotations.NullMarked;
