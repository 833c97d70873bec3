package org.sevasurge.service.documents;

import java.nio.file.Path;

/**
 * A document written and fsynced to the incoming area, not yet at its content address. Immutable.
 *
 * @param position  its place in the submission, from 0
 * @param file      the temporary file
 * @param sha256    lower-case hex SHA-256 of the bytes
 * @param sizeBytes length in bytes
 * @param type      the format detected from its leading bytes
 */
public record ReceivedDocument(int position, Path file, String sha256, long sizeBytes, DocumentType type) {}
