package org.sevasurge.mocks.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.Responder;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.StubSet;

/**
 * Stubs of the SMS gateway: {@code POST /sms/v1/messages}. Stateless and thread-safe.
 *
 * @see SmsGateway for the contract
 */
public final class SmsStubs implements StubSet {

    /** Where messages are submitted. */
    public static final String MESSAGES_PATH = "/sms/v1/messages";

    private final SmsGateway gateway = new SmsGateway();

    @Override
    public List<MappingBuilder> stubs() {
        return List.of(
                Routes.service(post(urlPathEqualTo(MESSAGES_PATH)), ExternalService.SMS, "sms.send"),
                Routes.serviceFallback(ExternalService.SMS));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of("sms.send", gateway);
    }
}
