package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sevasurge.service.fixtures.SampleCertificates;

class CertificateSignerTest {

    private static final CertificateSigner SIGNER = CertificateSigner.generateEphemeral();

    @Test
    void aSignatureVerifiesAgainstTheContentItSigned() {
        CertificateContent content = SampleCertificates.income();
        byte[] signature = SIGNER.sign(content);

        assertThat(signature).as("Ed25519 signatures are 64 bytes").hasSize(CertificateSigner.SIGNATURE_BYTES);
        assertThat(SIGNER.verify(content, signature))
                .as("an untouched certificate is genuine")
                .isTrue();
        assertThat(SIGNER.verify(SampleCertificates.income(), signature))
                .as("an equal copy, as read back from the database, is genuine too")
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.sevasurge.service.fixtures.SampleCertificates#componentNames")
    void changingAnyOneFieldMakesTheSignatureFail(String component) {
        byte[] signature = SIGNER.sign(SampleCertificates.income());

        assertThat(SIGNER.verify(SampleCertificates.withChanged(SampleCertificates.income(), component), signature))
                .as("a forger who edits %s must be caught", component)
                .isFalse();
    }

    @Test
    void aFlippedBitAnywhereInTheSignatureMakesItFail() {
        CertificateContent content = SampleCertificates.income();
        byte[] signature = SIGNER.sign(content);
        for (int bit : new int[] {0, 7, 255, 256, 511}) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));

            assertThat(SIGNER.verify(content, flipped))
                    .as("bit %d flipped", bit)
                    .isFalse();
        }
    }

    @Test
    void emptyShortNullAndGarbageSignaturesAreRejectedWithoutAnException() {
        CertificateContent content = SampleCertificates.income();
        Random random = new Random(42);

        assertThat(SIGNER.verify(content, new byte[0])).as("empty").isFalse();
        assertThat(SIGNER.verify(content, null)).as("absent").isFalse();
        assertThat(SIGNER.verify(content, Arrays.copyOf(SIGNER.sign(content), 63)))
                .as("truncated")
                .isFalse();
        assertThat(SIGNER.verify(content, new byte[64])).as("all zeros").isFalse();
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xFF);
        assertThat(SIGNER.verify(content, ones))
                .as("all ones: an out-of-range scalar")
                .isFalse();
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[64];
            random.nextBytes(garbage);
            assertThat(SIGNER.verify(content, garbage))
                    .as("random garbage #%d", i)
                    .isFalse();
        }
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        CertificateContent content = SampleCertificates.income();

        assertThat(SIGNER.verify(content, CertificateSigner.generateEphemeral().sign(content)))
                .as("only this service's key makes genuine certificates")
                .isFalse();
    }

    @Test
    void signingAndVerifyingFromManyThreadsAtOnceStaysCorrect() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 4; task++) {
                results.add(pool.submit(() -> {
                    boolean allGood = true;
                    for (int i = 0; i < 25; i++) {
                        CertificateContent content = SampleCertificates.withChanged(
                                SampleCertificates.income(), i % 2 == 0 ? "applicantName" : "district");
                        byte[] signature = SIGNER.sign(content);
                        allGood &= SIGNER.verify(content, signature)
                                && !SIGNER.verify(SampleCertificates.income(), signature);
                    }
                    return allGood;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS))
                        .as("no state leaks between concurrent calls")
                        .isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKeyIdIsSixteenHexCharactersOfThePublicKeyHash() {
        assertThat(SIGNER.keyId())
                .as("short enough to print, long enough to tell keys apart")
                .matches("[0-9a-f]{16}");
        assertThat(SIGNER.algorithm()).isEqualTo("Ed25519");
        assertThat(CertificateSigner.generateEphemeral().keyId()).isNotEqualTo(SIGNER.keyId());
    }

    @Test
    void aSignatureSurvivesTheTripThroughBase64UrlWithoutPadding() {
        byte[] signature = SIGNER.sign(SampleCertificates.income());
        String encoded = CertificateSigner.toBase64Url(signature);

        assertThat(encoded).as("safe in a URL query and a QR code").matches("[A-Za-z0-9_-]{86}");
        assertThat(CertificateSigner.fromBase64Url(encoded)).isEqualTo(signature);
        assertThat(CertificateSigner.fromBase64Url("not base64!"))
                .as("invalid input is null, not an error")
                .isNull();
        assertThat(CertificateSigner.fromBase64Url(null)).isNull();
    }

    @Test
    void loadingTheSameDirectoryAgainGivesTheSameKey(@TempDir Path dir) throws IOException {
        Path keys = dir.resolve("keys");
        CertificateSigner first = CertificateSigner.loadOrCreate(keys);
        CertificateSigner second = CertificateSigner.loadOrCreate(keys);
        CertificateContent content = SampleCertificates.income();

        assertThat(second.keyId()).as("a restart must not change the key").isEqualTo(first.keyId());
        assertThat(second.publicKeyEncoded()).isEqualTo(first.publicKeyEncoded());
        assertThat(second.verify(content, first.sign(content)))
                .as("certificates issued before a restart still verify after it")
                .isTrue();
    }

    @Test
    void thePrivateKeyFileAndItsDirectoryAreReadableByTheOwnerOnly(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path keys = dir.resolve("keys");
        CertificateSigner.loadOrCreate(keys);

        assertThat(Files.getPosixFilePermissions(keys.resolve(KeyFiles.PRIVATE_KEY_FILE)))
                .as("anyone who can read the private key can forge certificates")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(keys))
                .as("nor list or swap the key files")
                .doesNotContain(
                        PosixFilePermission.GROUP_READ,
                        PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE);
        try (Stream<Path> files = Files.list(keys)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temp files are left behind")
                    .containsExactlyInAnyOrder(KeyFiles.PRIVATE_KEY_FILE, KeyFiles.PUBLIC_KEY_FILE);
        }
    }

    @Test
    void theKeyFilesAreStrictPemOfAMatchingEd25519Pkcs8AndX509KeyPair(@TempDir Path dir) throws Exception {
        CertificateSigner.loadOrCreate(dir);

        // Read back with the JDK's own parsers, not the service's: strict RFC 7468 framing (64-column Base64),
        // PKCS#8 and X.509 SubjectPublicKeyInfo DER, as OpenSSL and every other PEM reader expect.
        byte[] pkcs8 = strictPem(Files.readString(dir.resolve(KeyFiles.PRIVATE_KEY_FILE)), "PRIVATE KEY");
        byte[] x509 = strictPem(Files.readString(dir.resolve(KeyFiles.PUBLIC_KEY_FILE)), "PUBLIC KEY");
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = ed25519.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        PublicKey publicKey = ed25519.generatePublic(new X509EncodedKeySpec(x509));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update("probe".getBytes(StandardCharsets.US_ASCII));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update("probe".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature))
                .as("the two files are one key pair")
                .isTrue();
    }

    private static byte[] strictPem(String text, String label) {
        String begin = "-----BEGIN " + label + "-----\n";
        String end = "-----END " + label + "-----\n";
        assertThat(text).as("framed as %s", label).startsWith(begin).endsWith(end);
        String[] lines =
                text.substring(begin.length(), text.length() - end.length()).split("\n");
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].length())
                    .as("Base64 line %d of %s", i + 1, label)
                    .isBetween(1, 64);
            if (i < lines.length - 1) {
                assertThat(lines[i]).as("every line but the last is 64 columns").hasSize(64);
            }
        }
        return Base64.getDecoder().decode(String.join("", lines));
    }

    /** Key files damaged on disk: which file, what it holds instead of its key, and what the error must say. */
    static Stream<Arguments> damagedKeyFiles() {
        return Stream.of(
                arguments(KeyFiles.PRIVATE_KEY_FILE, "this is not a key", "corrupt"),
                arguments(
                        KeyFiles.PUBLIC_KEY_FILE,
                        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
                        "not an Ed25519 key"));
    }

    @ParameterizedTest(name = "{0} holding {1}")
    @MethodSource("damagedKeyFiles")
    void aCorruptKeyFileEvenAWellFramedPemIsAClearErrorNamingTheFile(
            String file, String content, String problem, @TempDir Path dir) throws IOException {
        CertificateSigner.loadOrCreate(dir);
        Path damaged = dir.resolve(file);
        Files.writeString(damaged, content);

        assertThatThrownBy(() -> CertificateSigner.loadOrCreate(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(damaged.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void aMissingPrivateKeyIsAnErrorRatherThanASilentNewKey(@TempDir Path dir) throws IOException {
        CertificateSigner.loadOrCreate(dir);
        Files.delete(dir.resolve(KeyFiles.PRIVATE_KEY_FILE));

        assertThatThrownBy(() -> CertificateSigner.loadOrCreate(dir))
                .as("a new key would void every certificate already issued")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KeyFiles.PRIVATE_KEY_FILE);
    }

    @Test
    void keyFilesFromTwoDifferentPairsAreRefused(@TempDir Path one, @TempDir Path two) throws IOException {
        CertificateSigner.loadOrCreate(one);
        CertificateSigner.loadOrCreate(two);
        Files.copy(
                two.resolve(KeyFiles.PUBLIC_KEY_FILE),
                one.resolve(KeyFiles.PUBLIC_KEY_FILE),
                StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CertificateSigner.loadOrCreate(one))
                .as("signing with one key and publishing another would make every certificate look forged")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not belong to the same");
    }
}
