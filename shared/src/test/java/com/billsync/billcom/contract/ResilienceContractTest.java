package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.PageIterator;
import com.billsync.billcom.ReauthBudget;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.Vendor;
import com.billsync.simulator.FaultKind;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilienceContractTest {

    /** Bills span three pages, so faults can strike mid-listing. */
    private static final OrgSize SIZE = new OrgSize(30, 250, 10, 5, 40, 10, 10, 4, 5, 3, 4, 5);

    private static SimFixture f;
    private BillcomClient client;
    private String vendorId;

    @BeforeAll
    static void start() {
        f = SimFixture.start(SIZE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void loggedInClient() {
        f.sim.faults().reset();
        client = f.client();
        client.login();
        vendorId = f.org.list(SimKind.VENDOR).get(0).get("id").asText();
        f.sim.resetCounters();
    }

    @Test
    void sessionInvalidatedMidListingLogsInAgainAndTheListingCompletes() {
        PageIterator<Bill> pages = client.list(BillcomKind.BILLS, ListQuery.all());
        List<String> ids = new ArrayList<>(pages.next().records().stream().map(Bill::id).toList());
        long loginsBefore = f.sim.logins();

        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);
        while (pages.hasNext()) {
            pages.next().records().forEach(b -> ids.add(b.id()));
        }

        assertThat(ids).doesNotHaveDuplicates().hasSize(f.org.list(SimKind.BILL).size());
        assertThat(f.sim.logins() - loginsBefore).isEqualTo(1);
    }

    @Test
    void sessionsExpiringEveryFewCallsAreSurvivedWithinTheBudget() {
        f.sim.faults().invalidateSessionsAfterCalls(2);

        List<Bill> bills = client.withReauthBudget(ReauthBudget.of(5))
                .list(BillcomKind.BILLS, ListQuery.all()).remainingRecords();

        assertThat(bills).hasSize(f.org.list(SimKind.BILL).size());
    }

    @Test
    void sessionThatKeepsDyingStopsAtTheReauthCap() {
        f.sim.faults().failNext(50, FaultKind.SESSION_INVALID);

        assertThatThrownBy(() -> client.withReauthBudget(ReauthBudget.perStep())
                .list(BillcomKind.BILLS, ListQuery.all()).next())
                .isInstanceOfSatisfying(BillcomException.SessionReauthCapReached.class,
                        e -> assertThat(e.cap()).isEqualTo(3));
        assertThat(f.sim.logins()).isEqualTo(3);
    }

    @Test
    void reauthBudgetIsSharedAcrossTheCallsOfAStep() {
        BillcomClient step = client.withReauthBudget(ReauthBudget.of(2));
        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);
        step.get(BillcomKind.VENDORS, vendorId);
        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);
        step.get(BillcomKind.VENDORS, vendorId);

        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);
        assertThatThrownBy(() -> step.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOf(BillcomException.SessionReauthCapReached.class);
    }

    @Test
    void serverErrorBurstIsRetriedAndSucceeds() {
        f.sim.faults().failNext(2, FaultKind.SERVER_ERROR);

        assertThat(client.get(BillcomKind.VENDORS, vendorId).id()).isEqualTo(vendorId);
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(3);
    }

    @Test
    void persistentServerErrorsAreUnavailable() {
        f.sim.faults().serverErrorRate(1.0);

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOf(BillcomException.Unavailable.class);
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(SimFixture.FAST_RETRY.maxAttempts());
    }

    @Test
    void droppedConnectionsOnReadsAreRetried() {
        f.sim.faults().failNext(2, FaultKind.DROP);

        List<Vendor> vendors = client.list(BillcomKind.VENDORS, ListQuery.all()).remainingRecords();

        assertThat(vendors).hasSize(f.org.list(SimKind.VENDOR).size());
    }

    @Test
    void concurrencyLimitBurstBacksOffAndSucceeds() {
        f.sim.faults().failNext(3, FaultKind.CONCURRENCY_LIMIT);

        assertThat(client.get(BillcomKind.VENDORS, vendorId).id()).isEqualTo(vendorId);
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(4);
    }

    @Test
    void persistentConcurrencyLimitIsConcurrencyLimited() {
        f.sim.faults().concurrencyErrorRate(1.0);

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOfSatisfying(BillcomException.ConcurrencyLimited.class,
                        e -> assertThat(e.code()).isEqualTo("BDC_1322"));
    }

    @Test
    void hourlyCapStopsWithTheNextTopOfTheHour() {
        f.clock.set(Instant.parse("2026-06-01T14:37:12Z"));
        f.sim.faults().failNext(1, FaultKind.HOURLY_CAP);

        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, vendorId))
                .isInstanceOfSatisfying(BillcomException.HourlyCapReached.class,
                        e -> assertThat(e.resetAt()).isEqualTo(Instant.parse("2026-06-01T15:00:00Z")));
        assertThat(f.calls("GET /v3/vendors/{id}")).isEqualTo(1);
    }

    @Test
    void eightParallelListingsNeverHaveMoreThanThreeRequestsInFlight() throws Exception {
        f.sim.faults().latency(Duration.ofMillis(15));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // A client per listing, as separate steps or integrations would have.
                results.add(pool.submit(() -> f.client().list(BillcomKind.BILLS, ListQuery.all())
                        .remainingRecords().size()));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(f.org.list(SimKind.BILL).size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.sim.maxObservedConcurrency()).isBetween(2, 3);
        // Three pages each and not one retry: the limiter, not Bill.com's BDC_1322, kept the requests in line.
        assertThat(f.calls("GET /v3/bills")).isEqualTo(8 * 3);
    }
}
