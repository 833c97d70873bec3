package org.sevasurge.service.certificates;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sevasurge.service.applications.ApplicationNumbers;
import org.sevasurge.service.auth.Credentials;
import org.sevasurge.service.auth.Officer;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.ProblemException;

/**
 * The certificate endpoints: the PDF download (it holds the holder's personal data: the application's access
 * code, or an officer of the district) and the public verification that colleges call.
 */
public record CertificateRoutes(
        Database database, CertificateRepository repository, CertificateVerifier verifier, Credentials credentials) {

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/certificates/{certNo}", this::download);
        routes.get("/api/v1/certificates/{certNo}/verification", this::verify);
        routes.get(VerificationAddress.PATH_PREFIX + "{number}/{tag}", this::shortAddress);
    }

    /**
     * The QR code's short address sends the scanner on to the public check with the tag as its signature: the
     * check itself stays one endpoint under {@code /api/}, admitted and measured like every other request, and
     * this answer costs no query.
     */
    private void shortAddress(Context ctx) {
        String number = VerificationAddress.certificateNo(ctx.pathParam("number"));
        byte[] tag = VerificationAddress.tagBytes(ctx.pathParam("tag"));
        if (!ApplicationNumbers.isCertificateNo(number) || tag == null) {
            throw ProblemException.notFound("verification address " + ctx.path().replaceAll("[^\\x20-\\x7E]", "?"));
        }
        ctx.redirect(
                "/api/v1/certificates/" + number + "/verification?signature=" + CertificateSigner.toBase64Url(tag),
                HttpStatus.SEE_OTHER);
    }

    private void download(Context ctx) throws Exception {
        String number = certificateNo(ctx);
        Officer officer = credentials.officer(ctx).orElse(null);
        if (officer == null) {
            credentials.requireAccessCode(ctx, ApplicationNumbers.applicationFor(number), "a certificate");
        }
        CertificateRepository.Pdf pdf = database.read(c -> repository.pdf(c, number))
                .orElseThrow(() -> ProblemException.notFound("certificate " + number));
        if (officer != null) {
            credentials.requireDistrict(officer, pdf.districtCode(), "certificate " + number);
        }
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"");
        ctx.result(pdf.bytes());
    }

    /** The path's certificate number; one that cannot exist is 404 at once, without a query. */
    private static String certificateNo(Context ctx) {
        String number = ctx.pathParam("certNo");
        if (!ApplicationNumbers.isCertificateNo(number)) {
            throw ProblemException.notFound("certificate " + number.replaceAll("[^\\x20-\\x7E]", "?"));
        }
        return number;
    }

    private void verify(Context ctx) throws Exception {
        String number = certificateNo(ctx);
        String presented = ctx.queryParam("signature");
        byte[] signature = null;
        if (presented != null) {
            signature = CertificateSigner.fromBase64Url(presented);
            if (signature == null) {
                throw ProblemException.invalidField(400, "signature", "must be base64url (the QR code's value)");
            }
        }
        ctx.json(verifier.verify(number, signature)
                .orElseThrow(() -> ProblemException.notFound("certificate " + number)));
    }
}
