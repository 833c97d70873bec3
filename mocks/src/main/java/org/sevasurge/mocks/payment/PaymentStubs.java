package org.sevasurge.mocks.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.Responder;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.StubSet;

/**
 * Stubs of the payment gateway ({@code POST /payments/v1/charges}, {@code GET
 * /payments/v1/charges/{idempotencyKey}}) and of its ledger admin view ({@code GET|DELETE
 * /__sevasurge/payments/charges}). Thread-safe: state lives in the {@link ChargeLedger}.
 */
public final class PaymentStubs implements StubSet {

    /** Where charges are created and looked up. */
    public static final String CHARGES_PATH = "/payments/v1/charges";
    /** The admin view of every charge made. */
    public static final String LEDGER_PATH = "/__sevasurge/payments/charges";

    private final PaymentGateway gateway;
    private final LedgerAdmin ledgerAdmin;

    /** Payment stubs that record their charges in {@code ledger}. */
    public PaymentStubs(ChargeLedger ledger) {
        this.gateway = new PaymentGateway(ledger);
        this.ledgerAdmin = new LedgerAdmin(ledger);
    }

    @Override
    public List<MappingBuilder> stubs() {
        ExternalService payment = ExternalService.PAYMENT;
        return List.of(
                Routes.service(post(urlPathEqualTo(CHARGES_PATH)), payment, "payment.charge"),
                Routes.service(get(urlPathMatching(CHARGES_PATH + "/[^/]+")), payment, "payment.status"),
                Routes.serviceFallback(payment),
                Routes.admin(get(urlPathEqualTo(LEDGER_PATH)), "payment.ledger.show"),
                Routes.admin(delete(urlPathEqualTo(LEDGER_PATH)), "payment.ledger.clear"));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of(
                "payment.charge", gateway::charge,
                "payment.status", gateway::status,
                "payment.ledger.show", ledgerAdmin::show,
                "payment.ledger.clear", request -> ledgerAdmin.clear());
    }
}
