package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import org.sevasurge.mocks.faults.FaultPlan;
import org.sevasurge.mocks.faults.FaultPlanner;
import org.sevasurge.mocks.faults.ProfileBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one WireMock extension of the mocks: for every request on a {@link Routes} stub it reads
 * the service's current profile once, draws the fault plan, lets the responder act if the plan
 * says the request reaches the service, and applies delay or fault to the answer.
 *
 * <p>Switching profiles never touches the stubs, so no request can fall between two stub sets.
 * Thread-safe: all state lives in the thread-safe board, planner and responders.
 */
final class ServiceTransformer implements ResponseDefinitionTransformerV2 {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceTransformer.class);

    private final ProfileBoard profiles;
    private final FaultPlanner planner;
    private final Map<String, Responder> responders;

    ServiceTransformer(ProfileBoard profiles, FaultPlanner planner, Map<String, Responder> responders) {
        this.profiles = profiles;
        this.planner = planner;
        this.responders = Map.copyOf(responders);
    }

    @Override
    public String getName() {
        return Routes.TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        Parameters parameters = stubbed.getTransformerParameters();
        String serviceId = parameters.getString(Routes.SERVICE_PARAMETER, null);
        Responder responder = responders.get(parameters.getString(Routes.RESPONDER_PARAMETER, ""));
        Request request = serveEvent.getRequest();
        if (serviceId == null) {
            return answer(responder, request, stubbed);
        }
        ExternalService service = ExternalService.fromId(serviceId);
        FaultPlan plan = planner.plan(service, profiles.get(service));
        ResponseDefinition answer = plan.processesRequest() ? answer(responder, request, stubbed) : stubbed;
        return plan.applyTo(answer);
    }

    private static ResponseDefinition answer(Responder responder, Request request, ResponseDefinition stubbed) {
        if (responder == null) {
            return stubbed;
        }
        try {
            return responder.respond(request);
        } catch (RuntimeException e) {
            // A bug in a simulator must show up as a clear 500, not as a WireMock stack trace page.
            LOG.warn("responder failed for {} {}", request.getMethod(), request.getUrl(), e);
            return JsonAnswers.error(500, "SIMULATOR_ERROR", String.valueOf(e.getMessage()));
        }
    }
}
