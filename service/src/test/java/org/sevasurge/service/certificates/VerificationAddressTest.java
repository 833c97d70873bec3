package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.net.URI;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleCertificates;

class VerificationAddressTest {

    private static final String QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    @Test
    void theTagStandsForTheSignaturesFirstBytesWhateverTheSignature() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            byte[] signature = new byte[CertificateSigner.SIGNATURE_BYTES];
            random.nextBytes(signature);
            String tag = VerificationAddress.tag(signature);
            assertThat(VerificationAddress.tagBytes(tag))
                    .as("the tag %s read back", tag)
                    .isEqualTo(Arrays.copyOf(signature, VerificationAddress.TAG_BYTES));
            assertThat(VerificationAddress.tagBytes(tag.toLowerCase()))
                    .as("a scanner or a person may change its case")
                    .isEqualTo(Arrays.copyOf(signature, VerificationAddress.TAG_BYTES));
            assertThat(VerificationAddress.isTagOf(VerificationAddress.tagBytes(tag), signature))
                    .isTrue();
        }
    }

    @Test
    void textThatIsNotATagIsRefused() {
        assertThat(VerificationAddress.tagBytes("ABCDEFGHIJKLMNO"))
                .as("15 characters")
                .isNull();
        assertThat(VerificationAddress.tagBytes("ABCDEFGHIJKLMNOPQ"))
                .as("17 characters")
                .isNull();
        assertThat(VerificationAddress.tagBytes("ABCDEFGHIJKLMNO1"))
                .as("1 is not base32")
                .isNull();
    }

    @Test
    void theAddressIsWrittenInQrAlphanumericCharactersAndNeedsASmallerCodeThanTheLongOne() throws Exception {
        CertificateSigner signer = CertificateSigner.generateEphemeral();
        CertificateContent content = SampleCertificates.income(9_852_195);
        byte[] signature = signer.sign(content);
        URI address = VerificationAddress.of("http://127.0.0.1:46173", content.certificateNo(), signature);
        String text = address.toString();
        assertThat(text).startsWith("HTTP://127.0.0.1:46173/V/INC-2027-9852195/");
        assertThat(text.chars().allMatch(c -> QR_ALPHANUMERIC.indexOf(c) >= 0))
                .as("%s uses only the QR alphanumeric set", text)
                .isTrue();
        String longAddress = "http://127.0.0.1:46173/api/v1/certificates/" + content.certificateNo()
                + "/verification?signature=" + CertificateSigner.toBase64Url(signature);
        assertThat(version(text))
                .as("the QR version of the short address, against the long one's")
                .isLessThan(version(longAddress));
    }

    @Test
    void onlySchemeAndHostAreCapitalisedForTheyAloneIgnoreCase() {
        byte[] signature = new byte[CertificateSigner.SIGNATURE_BYTES];
        assertThat(VerificationAddress.of("https://edistrict.example/cg/", "CRT-INC-2027-0000123", signature)
                        .toString())
                .isEqualTo("HTTPS://EDISTRICT.EXAMPLE/cg/V/INC-2027-0000123/AAAAAAAAAAAAAAAA");
        assertThat(VerificationAddress.of("http://user:Secret@host", "CRT-INC-2027-0000123", signature)
                        .toString())
                .as("user information is case-sensitive")
                .startsWith("http://user:Secret@host/V/");
    }

    private static int version(String text) throws Exception {
        return Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getVersionNumber();
    }
}
