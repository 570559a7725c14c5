package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.OrgSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organization whose v3 bills carry no approval status: the approval comes from legacy v2 in one bulk
 * {@code List/Bill.json} call per page of bills (never one call per bill), and only for bills that changed;
 * payments whose bank has no chart-of-accounts row get their GL account from one v2 {@code List/SentPay.json}.
 */
class LegacyLookupsTest {

    /** 250 bills: three pages. */
    private static final OrgSize SIZE = new OrgSize(15, 250, 30, 8, 40, 10, 10, 4, 5, 3, 4, 5);

    private static SyncFixture fx;
    private static MappedIntegration it;
    private static String firstRun;
    private static long firstBillLists;
    private static long firstBillReads;
    private static long firstSentPayLists;

    @BeforeAll
    static void twoRuns() {
        fx = new SyncFixture(SyncFixture.Options.of(71, SIZE).simulator(b -> b.approvalStatusOnV3Bills(false)));
        it = new MappedIntegration(fx);
        fx.sim.resetCounters();
        firstRun = it.trigger();
        fx.drain();
        firstBillLists = fx.sim.calls().getOrDefault("POST /v2/List/Bill.json", 0L);
        firstBillReads = fx.sim.calls().getOrDefault("POST /v2/Crud/Read/Bill.json", 0L);
        firstSentPayLists = fx.sim.calls().getOrDefault("POST /v2/List/SentPay.json", 0L);
        fx.sim.resetCounters();
        it.trigger();
        fx.drain();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void approvalFromV2StillLetsOnlyApprovedBillsThrough() {
        it.assertMatchesTruth(firstRun);
    }

    @Test
    void oneBulkV2CallPerPageOfBillsAndNoneForUnchangedBills() {
        assertThat(firstBillLists).isEqualTo(3);
        assertThat(firstBillReads).isZero();
        assertThat(fx.sim.calls().getOrDefault("POST /v2/List/Bill.json", 0L)).isZero();
    }

    @Test
    void glAccountsMissingFromV3CostOneV2CallPerPageOfPayments() {
        assertThat(firstSentPayLists).isEqualTo(1);
        assertThat(fx.sim.calls().getOrDefault("POST /v2/List/SentPay.json", 0L)).isZero();
    }
}
