package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.RetryPolicy;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Latency. Its own simulator: a request the client gave up on keeps running (and holding one of the
 * organization's concurrency slots) on the server until its latency has passed, which would disturb other tests;
 * for the same reason the timeout test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeoutContractTest {

    private static SimFixture f;
    private static String vendorId;

    @BeforeAll
    static void start() {
        f = SimFixture.start(OrgSize.DEMO);
        vendorId = f.org.list(SimKind.VENDOR).get(0).get("id").asText();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    @Order(1)
    void slowResponsesWithinTheTimeoutSucceed() {
        f.sim.faults().reset().latency(Duration.ofMillis(150));

        assertThat(f.client().get(BillcomKind.VENDORS, vendorId).id()).isEqualTo(vendorId);
    }

    @Test
    @Order(2)
    void responsesSlowerThanTheTimeoutAreUnavailableAfterRetries() {
        f.client().login();
        f.sim.faults().reset().latency(Duration.ofMillis(400));
        // Three attempts: the server keeps each abandoned request for 400 ms, and three fill the org's slots.
        BillcomClient client = BillcomClient.builder(f.config().withRequestTimeout(Duration.ofMillis(60))
                        .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2))), f.credentials())
                .sessionProvider(f.sessions).build();

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOf(BillcomException.Unavailable.class)
                .hasMessageContaining("HttpTimeoutException");
        assertThat(client.calls().get("GET /v3/vendors/{id}")).isEqualTo(3);
    }
}
