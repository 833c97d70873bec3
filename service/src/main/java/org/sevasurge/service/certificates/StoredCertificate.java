package org.sevasurge.service.certificates;

/**
 * An issued certificate as kept in the database: the signed content, its signature and the key's id.
 * Immutable (the arrays are never handed out for writing).
 */
public record StoredCertificate(CertificateContent content, byte[] signature, String keyId) {}
