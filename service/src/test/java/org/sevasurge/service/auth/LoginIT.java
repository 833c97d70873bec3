package org.sevasurge.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;

/**
 * Officers log in with the documented test accounts, get expiring tokens, refresh them, and a wrong password,
 * an expired or a tampered token is refused; every password check is timed in the metrics.
 */
class LoginIT {

    @Test
    void everySeededAccountLogsInWithItsDocumentedPasswordRoleAndDistrict() throws Exception {
        try (RunningService service = RunningService.start()) {
            List<String[]> accounts = new ArrayList<>();
            try (Connection c = service.connect();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT username, district_code, array_to_string(roles, ',')"
                            + " FROM officers ORDER BY username")) {
                while (rs.next()) {
                    accounts.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(accounts)
                    .as("three accounts for each of the 33 districts")
                    .hasSize(99);
            // The service checks one password hash per core at once, so the 99 logins go that many at a time.
            List<HttpResponse<byte[]>> logins = new ForkJoinPool(
                            Runtime.getRuntime().availableProcessors())
                    .submit(() -> accounts.parallelStream()
                            .map(a -> login(service.client(), a[0], ServiceClient.passwordOf(a[0])))
                            .toList())
                    .get();
            for (int i = 0; i < accounts.size(); i++) {
                String[] account = accounts.get(i);
                String username = account[0];
                HttpResponse<byte[]> login = logins.get(i);
                assertThat(login.statusCode())
                        .as("%s logs in with its documented password", username)
                        .isEqualTo(200);
                JsonNode officer = json(login).get("officer");
                assertThat(officer.get("district").asText()).isEqualTo(account[1]);
                String expectedRoles = username.startsWith("ri.")
                        ? "INSPECTOR"
                        : username.startsWith("tehsildar.") ? "APPROVER" : "APPROVER,INSPECTOR";
                assertThat(String.join(",", toList(officer.get("roles"))))
                        .as("roles of %s", username)
                        .isEqualTo(expectedRoles);
                assertThat(username).isEqualTo(username.split("\\.")[0] + "." + account[1].toLowerCase());
            }
            String metrics = new String(service.client().get("/metrics").body(), StandardCharsets.UTF_8);
            assertThat(metrics)
                    .as("the slow hash is timed")
                    .contains("sevasurge_auth_password_verify_seconds_count")
                    .contains("sevasurge_auth_logins_total{outcome=\"success\"} 99.0");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() throws Exception {
        try (RunningService service = RunningService.start()) {
            HttpResponse<byte[]> wrong = login(service.client(), "ri.balod", "guess");
            HttpResponse<byte[]> unknown = login(service.client(), "nobody.balod", "guess");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(json(wrong).get("detail").asText())
                    .as("does not say which accounts exist")
                    .isEqualTo(json(unknown).get("detail").asText());
            assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndTheRefreshTokenGetsANewOne() throws Exception {
        try (RunningService service =
                RunningService.start("--access-token-seconds", "1", "--refresh-token-seconds", "30")) {
            HttpResponse<byte[]> login = login(service.client(), "ri.balod", ServiceClient.passwordOf("ri.balod"));
            JsonNode tokens = json(login);
            assertThat(tokens.get("expiresIn").asLong()).isEqualTo(1);
            assertThat(tokens.get("refreshExpiresIn").asLong()).isEqualTo(30);
            ServiceClient officer = service.client()
                    .withHeader(
                            "Authorization",
                            "Bearer " + tokens.get("accessToken").asText());
            assertThat(officer.get("/api/v1/applications?size=1").statusCode())
                    .as("fresh")
                    .isEqualTo(200);

            Thread.sleep(1_200);
            HttpResponse<byte[]> expired = officer.get("/api/v1/applications?size=1");
            assertThat(expired.statusCode()).as("expired").isEqualTo(401);
            assertThat(expired.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
            assertThat(json(expired).get("detail").asText()).contains("expired");

            HttpResponse<byte[]> refreshed = service.client()
                    .postJson(
                            "/api/v1/auth/refresh",
                            "{\"refreshToken\":\"" + tokens.get("refreshToken").asText() + "\"}");
            assertThat(refreshed.statusCode()).as("refreshed").isEqualTo(200);
            assertThat(json(refreshed).has("refreshToken"))
                    .as("the refresh token lasts the shift")
                    .isFalse();
            assertThat(service.client()
                            .withHeader(
                                    "Authorization",
                                    "Bearer "
                                            + json(refreshed).get("accessToken").asText())
                            .get("/api/v1/applications?size=1")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(service.client()
                            .postJson(
                                    "/api/v1/auth/refresh",
                                    "{\"refreshToken\":\""
                                            + tokens.get("accessToken").asText() + "\"}")
                            .statusCode())
                    .as("an access token is no refresh token")
                    .isEqualTo(401);
        }
    }

    @Test
    void aTokenWithAnyCharacterChangedIsRefused() throws Exception {
        try (RunningService service = RunningService.start()) {
            String token = json(login(service.client(), "ri.balod", ServiceClient.passwordOf("ri.balod")))
                    .get("accessToken")
                    .asText();
            // Every position of the token: header, claims (a district or role changed) and signature.
            for (int i = 0; i < token.length(); i += 7) {
                char c = token.charAt(i);
                if (c == '.') {
                    continue;
                }
                String tampered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
                assertThat(service.client()
                                .withHeader("Authorization", "Bearer " + tampered)
                                .get("/api/v1/applications?size=1")
                                .statusCode())
                        .as("changed at %d", i)
                        .isEqualTo(401);
            }
        }
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static HttpResponse<byte[]> login(ServiceClient client, String username, String password) {
        return client.postJson(
                "/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }
}
