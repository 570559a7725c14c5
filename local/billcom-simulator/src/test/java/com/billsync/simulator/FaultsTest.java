package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private int status() {
        return f.http.get("/v3/vendors?max=1").status();
    }

    @Test
    void serverErrorAnswers5xxWithBdc1001Once() {
        f.sim.faults().failNext(1, FaultKind.SERVER_ERROR);

        Http.Response r = f.http.get("/v3/vendors?max=1");

        assertThat(r.status()).isIn(500, 503);
        assertThat(r.code()).isEqualTo("BDC_1001");
        assertThat(status()).isEqualTo(200);
    }

    @Test
    void serverErrorOnV2UsesTheEnvelope() {
        f.sim.faults().failNext(1, FaultKind.SERVER_ERROR);

        Http.Response r = f.http.form("/v2/Login.json", Map.of("userName", f.user.email(), "password",
                f.user.password(), "orgId", f.org.organizationId(), "devKey", SimFixture.DEV_KEY));

        assertThat(r.status()).isIn(500, 503);
        assertThat(r.json().get("response_status").asInt()).isEqualTo(1);
        assertThat(r.code()).isEqualTo("BDC_1001");
    }

    @Test
    void dropClosesTheConnectionWithoutAResponse() {
        f.sim.faults().failNext(1, FaultKind.DROP);
        Http fresh = new Http(f.sim.baseUrl(), HttpClient.newHttpClient()).auth(f.http.devKey, f.http.sessionId);

        assertThatThrownBy(() -> fresh.post("/v3/logout", "")).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(status()).isEqualTo(200);
    }

    @Test
    void concurrencyLimitFaultAnswersBdc1322() {
        f.sim.faults().failNext(1, FaultKind.CONCURRENCY_LIMIT);

        Http.Response r = f.http.get("/v3/vendors?max=1");

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.code()).isEqualTo("BDC_1322");
        assertThat(status()).isEqualTo(200);
    }

    @Test
    void sessionInvalidFaultReallyEndsTheSession() {
        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);

        Http.Response r = f.http.get("/v3/vendors?max=1");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BDC_1109");
        assertThat(status()).as("the session stays invalid").isEqualTo(401);
        assertThat(f.newSession().get("/v3/vendors?max=1").status()).as("a new login works").isEqualTo(200);
    }

    @Test
    void sessionInvalidFaultWaitsForACallWithASession() {
        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);

        Http fresh = f.newSession();

        assertThat(fresh.sessionId).isNotNull();
        assertThat(fresh.get("/v3/vendors?max=1").code()).isEqualTo("BDC_1109");
    }

    @Test
    void concurrencyLimitFaultWaitsForACallWithASession() {
        f.sim.faults().failNext(1, FaultKind.CONCURRENCY_LIMIT);

        Http fresh = f.newSession();

        assertThat(fresh.get("/v3/vendors?max=1").code()).isEqualTo("BDC_1322");
    }

    @Test
    void hourlyCapFaultAnswersBdc1144Once() {
        f.sim.faults().failNext(1, FaultKind.HOURLY_CAP);

        Http.Response r = f.http.get("/v3/vendors?max=1");

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.code()).isEqualTo("BDC_1144");
        assertThat(status()).isEqualTo(200);
    }

    @Test
    void oneShotsQueueInOrder() {
        f.sim.faults().failNext(2, FaultKind.SERVER_ERROR).failNext(1, FaultKind.HOURLY_CAP);

        assertThat(List.of(f.http.get("/v3/vendors").code(), f.http.get("/v3/vendors").code(),
                f.http.get("/v3/vendors").code())).containsExactly("BDC_1001", "BDC_1001", "BDC_1144");
        assertThat(status()).isEqualTo(200);
    }

    @Test
    void serverErrorRateOfOneFailsEveryCallUntilReset() {
        f.sim.faults().serverErrorRate(1.0);
        assertThat(status()).isIn(500, 503);
        assertThat(status()).isIn(500, 503);

        f.sim.faults().reset();

        assertThat(status()).isEqualTo(200);
    }

    @Test
    void concurrencyErrorRateAddsBdc1322BeyondTheRealLimit() {
        f.sim.faults().concurrencyErrorRate(1.0);

        assertThat(f.http.get("/v3/vendors").code()).isEqualTo("BDC_1322");
    }

    @Test
    void dropRateDropsConnections() {
        f.sim.faults().dropRate(1.0);
        Http fresh = new Http(f.sim.baseUrl(), HttpClient.newHttpClient()).auth(f.http.devKey, f.http.sessionId);

        assertThatThrownBy(() -> fresh.post("/v3/logout", "")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void randomFaultsRepeatForTheSameSeed() {
        assertThat(outcomes(99L)).isEqualTo(outcomes(99L)).contains(200).containsAnyOf(500, 503);
    }

    private List<Integer> outcomes(long seed) {
        f.sim.faults().reset().seed(seed).serverErrorRate(0.5);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(status());
        }
        f.sim.faults().reset();
        return statuses;
    }

    @Test
    void sessionsBecomeInvalidAfterTheGivenNumberOfCalls() {
        Http second = f.newSession();
        f.sim.faults().invalidateSessionsAfterCalls(2);

        assertThat(status()).isEqualTo(200);
        assertThat(second.get("/v3/vendors?max=1").status()).isEqualTo(200);
        assertThat(status()).isEqualTo(401);
        assertThat(second.get("/v3/vendors?max=1").code()).isEqualTo("BDC_1109");

        Http again = f.newSession();
        assertThat(again.get("/v3/vendors?max=1").status()).as("only once").isEqualTo(200);
        assertThat(again.get("/v3/vendors?max=1").status()).isEqualTo(200);
    }
}
