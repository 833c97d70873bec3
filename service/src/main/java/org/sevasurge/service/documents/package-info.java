/** The document volume: type detection by magic bytes, content-addressed durable storage. */
package org.sevasurge.service.documents;
