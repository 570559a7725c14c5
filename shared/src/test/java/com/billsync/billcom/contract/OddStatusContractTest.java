package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.simulator.FaultKind;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client keys on BDC codes, not HTTP statuses: here the simulator answers its rate limits with HTTP 400,
 * the status of an ordinary bad request, and enforces a tiny real hourly cap.
 */
class OddStatusContractTest {

    private static final int HOURLY_CAP = 30;
    private static SimFixture f;
    private BillcomClient client;
    private String vendorId;

    @BeforeAll
    static void start() {
        f = SimFixture.start(OrgSize.DEMO, b -> b.rateLimitHttpStatus(400).hourlyRequestCap(HOURLY_CAP));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void freshHour() {
        // Each test starts at the beginning of a new hour, with the whole cap available.
        f.clock.set(f.clock.instant().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(60));
        f.sim.faults().reset();
        client = f.client();
        // The hour jump expired the last session: log in before counting.
        client.login();
        f.sim.resetCounters();
        vendorId = f.org.list(SimKind.VENDOR).get(0).get("id").asText();
    }

    @Test
    void concurrencyLimitOnHttp400IsRetriedAsAConcurrencyLimit() {
        f.sim.faults().failNext(2, FaultKind.CONCURRENCY_LIMIT);

        assertThat(client.get(BillcomKind.VENDORS, vendorId).id()).isEqualTo(vendorId);
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(3);
    }

    @Test
    void realHourlyCapOnHttp400IsHourlyCapReachedWithTheNextHour() {
        Instant now = f.clock.instant();

        assertThatThrownBy(() -> {
            for (int i = 0; i <= HOURLY_CAP; i++) {
                client.list(BillcomKind.DEPARTMENTS, ListQuery.all()).next();
            }
        }).isInstanceOfSatisfying(BillcomException.HourlyCapReached.class, e -> {
            assertThat(e.code()).isEqualTo("BDC_1144");
            assertThat(e.resetAt()).isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(3600));
        });
    }

    @Test
    void hourlyCapIsNotRetried() {
        f.sim.faults().failNext(1, FaultKind.HOURLY_CAP);

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOf(BillcomException.HourlyCapReached.class);
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(1);
    }
}
