package org.sevasurge.service.certificates;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.ProblemException;

/** The certificate endpoints: the PDF download and the public verification that colleges call. */
public final class CertificateRoutes {

    private final Database database;
    private final CertificateRepository repository;
    private final CertificateVerifier verifier;

    public CertificateRoutes(Database database, CertificateRepository repository, CertificateVerifier verifier) {
        this.database = database;
        this.repository = repository;
        this.verifier = verifier;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/certificates/{certNo}", this::download);
        routes.get("/api/v1/certificates/{certNo}/verification", this::verify);
    }

    private void download(Context ctx) throws Exception {
        String number = ctx.pathParam("certNo");
        byte[] pdf = database.read(c -> repository.pdf(c, number))
                .orElseThrow(() -> ProblemException.notFound("certificate " + number));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"");
        ctx.result(pdf);
    }

    private void verify(Context ctx) throws Exception {
        String number = ctx.pathParam("certNo");
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
