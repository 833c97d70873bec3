package org.sevasurge.service.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and verifies {@link CertificateContent#canonicalBytes()} with the service's Ed25519 key pair (the JDK's
 * own provider). Signatures are {@value #SIGNATURE_BYTES} bytes. Thread-safe: the keys are immutable and every
 * call uses its own {@link Signature}.
 */
public final class CertificateSigner {

    public static final int SIGNATURE_BYTES = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CertificateSigner.class);
    private static final String ALGORITHM = "Ed25519";
    private static final int KEY_ID_HEX_CHARS = 16;
    private static final byte[] PAIR_CHECK = "sevasurge key pair check".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private CertificateSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = HexFormat.of().formatHex(sha256(publicKey.getEncoded())).substring(0, KEY_ID_HEX_CHARS);
    }

    /**
     * Loads the key pair kept in {@code keyDirectory} (PKCS#8 private key, X.509 public key, both PEM), or
     * generates and durably writes one when the directory holds neither. Losing the key would void every issued
     * certificate, so a half-present pair is an error rather than a reason to generate a new one. One process
     * at a time may create a given directory's keys.
     *
     * @throws IllegalStateException naming the file when a key file is corrupt, missing its partner, or the two
     *                               files do not belong together
     */
    public static CertificateSigner loadOrCreate(Path keyDirectory) throws IOException {
        KeyFiles.createDirectory(keyDirectory);
        Path privateFile = keyDirectory.resolve(KeyFiles.PRIVATE_KEY_FILE);
        Path publicFile = keyDirectory.resolve(KeyFiles.PUBLIC_KEY_FILE);
        boolean hasPrivate = Files.exists(privateFile);
        boolean hasPublic = Files.exists(publicFile);
        if (!hasPrivate && !hasPublic) {
            CertificateSigner created = generateEphemeral();
            // Public first: a crash in between leaves a lone public key, which cannot have signed anything.
            KeyFiles.writePem(publicFile, KeyFiles.PUBLIC_PEM_TYPE, created.publicKeyEncoded(), false);
            KeyFiles.writePem(privateFile, KeyFiles.PRIVATE_PEM_TYPE, created.privateKey.getEncoded(), true);
            LOG.info("Generated certificate signing key {} in {}", created.keyId, keyDirectory);
            return created;
        }
        if (!hasPrivate) {
            throw new IllegalStateException("Key file " + privateFile + " is missing but " + publicFile
                    + " exists: restore the private key, or delete " + publicFile + " to generate a new pair"
                    + " (certificates signed by the old key will then fail verification)");
        }
        if (!hasPublic) {
            throw new IllegalStateException("Key file " + publicFile + " is missing but " + privateFile
                    + " exists: restore the public key from a backup");
        }
        PrivateKey privateKey = decode(
                privateFile,
                KeyFiles.PRIVATE_PEM_TYPE,
                (factory, der) -> factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
        PublicKey publicKey = decode(
                publicFile,
                KeyFiles.PUBLIC_PEM_TYPE,
                (factory, der) -> factory.generatePublic(new X509EncodedKeySpec(der)));
        CertificateSigner loaded = new CertificateSigner(privateKey, publicKey);
        if (!loaded.verifyBytes(PAIR_CHECK, loaded.signBytes(PAIR_CHECK))) {
            throw new IllegalStateException(
                    "Key files " + privateFile + " and " + publicFile + " do not belong to the same key pair");
        }
        return loaded;
    }

    /** A fresh key pair kept only in memory: for tests and benchmarks. */
    public static CertificateSigner generateEphemeral() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new CertificateSigner(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no " + ALGORITHM + " (Java 15+ has)", e);
        }
    }

    /** The {@value #SIGNATURE_BYTES}-byte signature of {@code content}'s canonical bytes. */
    public byte[] sign(CertificateContent content) {
        return signBytes(content.canonicalBytes());
    }

    /** Whether {@code signature} is this key's signature of {@code content}; false for null, short or garbage. */
    public boolean verify(CertificateContent content, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        return verifyBytes(content.canonicalBytes(), signature);
    }

    /** The first {@value #KEY_ID_HEX_CHARS} hex characters of the SHA-256 of {@link #publicKeyEncoded()}. */
    public String keyId() {
        return keyId;
    }

    public String algorithm() {
        return ALGORITHM;
    }

    /** The public key in X.509 SubjectPublicKeyInfo DER form (a copy). */
    public byte[] publicKeyEncoded() {
        return publicKey.getEncoded();
    }

    /** Base64url without padding: what goes in a URL or QR code. */
    public static String toBase64Url(byte[] signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The bytes of a base64url string (padding optional), or null when it is not valid base64url. */
    public static byte @Nullable [] fromBase64Url(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // java.security.Signature holds the state of one sign or verify in progress, so it is not thread-safe; a
    // new one per call costs well under a microsecond next to the signature itself, and unlike a ThreadLocal it
    // keeps nothing alive on pooled or virtual threads.
    private byte[] signBytes(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with " + ALGORITHM, e);
        }
    }

    private boolean verifyBytes(byte[] message, byte[] presented) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(presented);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not verify with " + ALGORITHM, e);
        }
    }

    /** How a DER key becomes a key object; the key factory throws checked and unchecked errors alike. */
    private interface KeyDecoder<K> {
        K decode(KeyFactory factory, byte[] der) throws GeneralSecurityException;
    }

    private static <K> K decode(Path file, String pemType, KeyDecoder<K> decoder) throws IOException {
        byte[] der = KeyFiles.readPem(file, pemType);
        try {
            return decoder.decode(KeyFactory.getInstance(ALGORITHM), der);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("Key file " + file + " is corrupt: not an " + ALGORITHM + " key", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
