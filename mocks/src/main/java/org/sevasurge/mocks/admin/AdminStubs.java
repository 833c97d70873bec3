package org.sevasurge.mocks.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.Responder;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.StubSet;
import org.sevasurge.mocks.faults.ProfileBoard;

/**
 * The profile admin API under {@code /__sevasurge/profiles}: read and switch the fault profile of
 * each service while a run goes on. Admin routes are never delayed or faulted.
 *
 * <p>Thread-safe: switching goes through the thread-safe {@link ProfileBoard}.
 */
public final class AdminStubs implements StubSet {

    /** The path of the profile admin API. */
    public static final String PROFILES_PATH = "/__sevasurge/profiles";

    private final ProfileAdmin admin;

    /** Admin stubs that read and switch the profiles on {@code board}. */
    public AdminStubs(ProfileBoard board) {
        this.admin = new ProfileAdmin(board);
    }

    @Override
    public List<MappingBuilder> stubs() {
        String one = PROFILES_PATH + "/[^/]+";
        return List.of(
                Routes.admin(get(urlPathEqualTo(PROFILES_PATH)), "admin.profiles.list"),
                Routes.admin(put(urlPathEqualTo(PROFILES_PATH)), "admin.profiles.setAll"),
                Routes.admin(get(urlPathMatching(one)), "admin.profiles.get"),
                Routes.admin(put(urlPathMatching(one)), "admin.profiles.set"));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of(
                "admin.profiles.list", request -> admin.list(),
                "admin.profiles.setAll", admin::setAll,
                "admin.profiles.get", admin::get,
                "admin.profiles.set", admin::set);
    }
}
