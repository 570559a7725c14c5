package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void callsAreCountedByPathTemplate() {
        String vendor = f.org.list(SimKind.VENDOR).get(0).get("id").asText();
        f.http.get("/v3/vendors");
        f.http.get("/v3/vendors/" + vendor);
        f.http.get("/v3/vendors/" + vendor);
        f.http.form("/v2/List/Bill.json", Map.of("devKey", SimFixture.DEV_KEY, "sessionId", "x"));

        assertThat(f.sim.calls()).containsEntry("POST /v3/login", 1L)
                .containsEntry("GET /v3/vendors", 1L)
                .containsEntry("GET /v3/vendors/{id}", 2L)
                .containsEntry("POST /v2/List/Bill.json", 1L);
        assertThat(f.sim.totalCalls()).isEqualTo(5);
    }

    @Test
    void rejectedCallsCountToo() {
        f.sim.faults().failNext(1, FaultKind.SERVER_ERROR);
        f.http.get("/v3/bills");

        assertThat(f.sim.calls()).containsEntry("GET /v3/bills", 1L);
    }

    @Test
    void loginsCountSuccessfulLoginsOnly() {
        new Http(f.sim.baseUrl()).login(SimFixture.DEV_KEY, f.user.email(), "wrong", f.org.organizationId());
        f.newSession();

        assertThat(f.sim.logins()).isEqualTo(2);
    }

    @Test
    void resetCountersZeroesCallsLoginsAndConcurrency() {
        f.http.get("/v3/vendors");

        f.sim.resetCounters();

        assertThat(f.sim.calls()).isEmpty();
        assertThat(f.sim.totalCalls()).isZero();
        assertThat(f.sim.logins()).isZero();
        assertThat(f.sim.maxObservedConcurrency()).isZero();
    }

    @Test
    void baseUrlsPointAtTheLoopbackPort() {
        assertThat(f.sim.v3BaseUrl().toString()).isEqualTo("http://127.0.0.1:" + f.sim.port() + "/v3");
        assertThat(f.sim.v2BaseUrl().toString()).isEqualTo("http://127.0.0.1:" + f.sim.port() + "/v2");
    }
}
