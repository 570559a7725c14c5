package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void loginAnswersOrganizationSessionTrustedAndUser() {
        Http.Response r = new Http(f.sim.baseUrl())
                .login(SimFixture.DEV_KEY, f.user.email(), f.user.password(), f.org.organizationId());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("organizationId").asText()).isEqualTo(f.org.organizationId()).startsWith("008");
        assertThat(r.json().get("sessionId").asText()).isNotBlank();
        assertThat(r.json().get("trusted").asBoolean()).isFalse();
        assertThat(r.json().get("userId").asText()).isEqualTo(f.user.userId()).startsWith("006");
    }

    @Test
    void loginWithUnknownDevKeyIsBdc1102() {
        Http.Response r = new Http(f.sim.baseUrl())
                .login("nope", f.user.email(), f.user.password(), f.org.organizationId());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1102");
        assertThat(r.json().get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(r.json().get(0).has("timestamp")).isTrue();
    }

    @Test
    void loginWithWrongPasswordIsBdc1101() {
        Http.Response r = new Http(f.sim.baseUrl())
                .login(SimFixture.DEV_KEY, f.user.email(), "wrong", f.org.organizationId());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1101");
    }

    @Test
    void loginWithWrongOrganizationIsBdc1101() {
        SimOrg other = f.sim.createOrganization(OrgSpec.empty());

        Http.Response r = new Http(f.sim.baseUrl())
                .login(SimFixture.DEV_KEY, f.user.email(), f.user.password(), other.organizationId());

        assertThat(r.code()).isEqualTo("BDC_1101");
    }

    @Test
    void loginWithoutPasswordIsBdc1108() {
        Http.Response r = new Http(f.sim.baseUrl()).post("/v3/login",
                Map.of("username", f.user.email(), "organizationId", f.org.organizationId(),
                        "devKey", SimFixture.DEV_KEY));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1108");
    }

    @Test
    void userEmailMatchesCaseInsensitively() {
        Http.Response r = new Http(f.sim.baseUrl()).login(SimFixture.DEV_KEY, f.user.email().toUpperCase(),
                f.user.password(), f.org.organizationId());

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void sessionInfoNamesOrganizationAndUser() {
        Http.Response r = f.http.get("/v3/login/session");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("organizationId").asText()).isEqualTo(f.org.organizationId());
        assertThat(r.json().get("userId").asText()).isEqualTo(f.user.userId());
    }

    @Test
    void issuedSessionIdsListsEverySessionIssued() {
        Http http = new Http(f.sim.baseUrl());
        String first = http.login(SimFixture.DEV_KEY, f.user.email(), f.user.password(), f.org.organizationId())
                .json().get("sessionId").asText();
        String second = http.login(SimFixture.DEV_KEY, f.user.email(), f.user.password(), f.org.organizationId())
                .json().get("sessionId").asText();

        assertThat(f.sim.issuedSessionIds()).contains(first, second);
    }

    @Test
    void logoutEndsTheSession() {
        assertThat(f.http.post("/v3/logout", "").status()).isEqualTo(200);

        Http.Response after = f.http.get("/v3/vendors");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("BDC_1109");
    }

    @Test
    void callWithoutSessionIdIsBdc1109With401() {
        Http.Response r = new Http(f.sim.baseUrl()).auth(SimFixture.DEV_KEY, null).get("/v3/vendors");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1109");
        assertThat(r.json().get(0).get("category").asText()).isEqualTo("DOWNSTREAM");
    }

    @Test
    void callWithUnknownSessionIdIsBdc1109() {
        Http.Response r = new Http(f.sim.baseUrl()).auth(SimFixture.DEV_KEY, "made-up").get("/v3/vendors");

        assertThat(r.code()).isEqualTo("BDC_1109");
    }

    @Test
    void callWithoutDevKeyHeaderIsBdc1102() {
        Http.Response r = new Http(f.sim.baseUrl()).auth(null, f.http.sessionId).get("/v3/vendors");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1102");
    }

    @Test
    void sessionIsBoundToTheDevKeyThatOpenedIt() {
        f.sim.registerDevKey("second-key");

        Http.Response r = new Http(f.sim.baseUrl()).auth("second-key", f.http.sessionId).get("/v3/vendors");

        assertThat(r.code()).isEqualTo("BDC_1109");
    }

    @Test
    void sessionSurvivesIdleTimeAtTheLimit() {
        f.clock.advance(Duration.ofMinutes(35));

        assertThat(f.http.get("/v3/vendors").status()).isEqualTo(200);
    }

    @Test
    void sessionExpiresAfterThirtyFiveIdleMinutes() {
        f.clock.advance(Duration.ofMinutes(35).plusSeconds(1));

        Http.Response r = f.http.get("/v3/vendors");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1109");
    }

    @Test
    void everyCallRestartsTheIdleTimer() {
        for (int i = 0; i < 3; i++) {
            f.clock.advance(Duration.ofMinutes(30));
            assertThat(f.http.get("/v3/vendors?max=1").status()).isEqualTo(200);
        }
    }

    @Test
    void idleTimeoutIsConfigurable() {
        try (SimFixture shortLived = new SimFixture(b -> b.sessionIdleTimeout(Duration.ofMinutes(1)))) {
            shortLived.clock.advance(Duration.ofMinutes(2));

            assertThat(shortLived.http.get("/v3/vendors").code()).isEqualTo("BDC_1109");
        }
    }

    @Test
    void v3SessionIsUnknownToV2() {
        Http.Response r = f.http.form("/v2/List/Bill.json",
                Map.of("devKey", SimFixture.DEV_KEY, "sessionId", f.http.sessionId, "data", "{}"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("response_status").asInt()).isEqualTo(1);
        assertThat(r.code()).isEqualTo("BDC_1109");
    }

    @Test
    void unknownPathIs404Bdc1121() {
        Http.Response r = f.http.get("/v3/no-such-thing");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("BDC_1121");
    }
}
