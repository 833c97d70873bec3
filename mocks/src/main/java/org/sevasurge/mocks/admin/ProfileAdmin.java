package org.sevasurge.mocks.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.ProfileBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers of the profile admin API. Every switch is logged at INFO so a run's log shows when
 * each fault started and ended. Thread-safe.
 */
final class ProfileAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileAdmin.class);

    private final ProfileBoard board;

    ProfileAdmin(ProfileBoard board) {
        this.board = board;
    }

    ResponseDefinition list() {
        Map<String, String> body = new LinkedHashMap<>();
        board.snapshot().forEach((service, profile) -> body.put(service.id(), profile.id()));
        return JsonAnswers.json(200, body);
    }

    ResponseDefinition get(Request request) {
        return forNamedService(request, service -> JsonAnswers.json(200, one(service, board.get(service), null)));
    }

    ResponseDefinition set(Request request) {
        return forNamedService(request, service -> {
            Optional<FaultProfile> profile = requestedProfile(request);
            if (profile.isEmpty()) {
                return badProfile(request);
            }
            FaultProfile previous = board.set(service, profile.get());
            LOG.info(
                    "profile of {}: {} -> {}",
                    service.id(),
                    previous.id(),
                    profile.get().id());
            return JsonAnswers.json(200, one(service, profile.get(), previous));
        });
    }

    ResponseDefinition setAll(Request request) {
        Optional<FaultProfile> profile = requestedProfile(request);
        if (profile.isEmpty()) {
            return badProfile(request);
        }
        for (ExternalService service : ExternalService.values()) {
            board.set(service, profile.get());
        }
        LOG.info("profile of every service: {}", profile.get().id());
        return list();
    }

    /** {@code answer} for the service the path's last segment names; 404 when it names none. */
    private static ResponseDefinition forNamedService(
            Request request, Function<ExternalService, ResponseDefinition> answer) {
        ExternalService service;
        try {
            service = ExternalService.fromId(Routes.lastPathSegment(request));
        } catch (IllegalArgumentException e) {
            return JsonAnswers.error(404, "UNKNOWN_SERVICE", e.getMessage());
        }
        return answer.apply(service);
    }

    private static Optional<FaultProfile> requestedProfile(Request request) {
        try {
            return JsonAnswers.readObject(request)
                    .flatMap(body -> JsonAnswers.text(body, "profile"))
                    .map(FaultProfile::fromId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseDefinition badProfile(Request request) {
        String given = JsonAnswers.readObject(request)
                .map(body -> body.get("profile"))
                .map(JsonNode::toString)
                .orElse("nothing");
        return JsonAnswers.invalid("body must be {\"profile\": NAME}; got " + given + "; accepted profiles: "
                + FaultProfile.acceptedIds());
    }

    private static Map<String, String> one(ExternalService service, FaultProfile profile, FaultProfile previous) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("service", service.id());
        body.put("profile", profile.id());
        if (previous != null) {
            body.put("previous", previous.id());
        }
        return body;
    }
}
