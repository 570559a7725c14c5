package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.billsync.sync.CheckpointStore;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.SyncStores;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Listings of many pages read by up to three page chains at once (an S-size organization: 2,000 bills, 1,200
 * payments), through the worker path: every record lands in the ledger exactly once, Bill.com never sees more
 * than three requests of the organization at once, and a step whose invocation ends or dies between pages of
 * several chains resumes each chain from its last durable page.
 */
class SlicedListingSyncTest {

    private static final Duration LATENCY = Duration.ofMillis(5);

    @Test
    void threeChainsReadEveryRecordOnceAndNeverMoreThanThreeRequestsAtOnce() {
        try (SyncFixture fx = new SyncFixture(51, OrgSize.S)) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.faults().latency(LATENCY);
            fx.sim.resetCounters();
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(fx.sim.maxObservedConcurrency()).isEqualTo(3);
            assertThat(FullSyncTruthTest.stepOf(fx.run(it.integrationId, run), "bills").get("records_read").asLong())
                    .isEqualTo(fx.org.list(SimKind.BILL).size());
            assertThat(fx.sim.calls().get("GET /v3/bills")).as("20 pages, a few short ones where chains meet")
                    .isBetween(20L, 23L);
        }
    }

    @Test
    void invocationsEndingBetweenPagesOfSeveralChainsResumeEachChain() {
        AtomicInteger resumedFromSlices = new AtomicInteger();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(52, OrgSize.S)
                .stores(s -> withCheckpoints(s, new Watching(s.checkpoints(), resumedFromSlices, null))))) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.faults().latency(LATENCY);
            AtomicInteger invocations = new AtomicInteger();
            // Under a second of work per invocation (the fixture keeps 5 s in reserve): many yields mid-listing.
            fx.contexts(() -> {
                invocations.incrementAndGet();
                return new LocalContext("worker", Duration.ofMillis(5_700), Clock.systemUTC());
            });
            String run = it.trigger();
            assertThat(fx.poller.drain(Duration.ofMinutes(5))).isTrue();
            it.assertMatchesTruth(run);
            assertThat(resumedFromSlices.get()).as("steps resumed with several chains under way").isPositive();
            assertThat(invocations.get()).isGreaterThan(9 + 5);
        }
    }

    @Test
    void aWorkerDyingMidListingLeavesNoRecordTwiceOrMissing() {
        AtomicInteger resumedFromSlices = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(53, OrgSize.S).visibility(Duration.ofSeconds(2))
                .stores(s -> withCheckpoints(s, new Watching(s.checkpoints(), resumedFromSlices, killed))))) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.faults().latency(LATENCY);
            String run = it.trigger();
            fx.drain();
            assertThat(killed).isTrue();
            assertThat(resumedFromSlices.get()).isPositive();
            it.assertMatchesTruth(run);
            StepCheckpoint bills = fx.stores.checkpoints().load(it.integrationId, run, SyncStep.BILLS).orElseThrow();
            assertThat(bills.status()).isEqualTo(StepStatus.COMPLETED_WITH_ERRORS);
        }
    }

    private static SyncStores withCheckpoints(SyncStores s, CheckpointStore checkpoints) {
        return new SyncStores(s.integrations(), s.runs(), checkpoints, s.syncState(), s.errors(), s.mappings(),
                s.mirror(), s.ledger(), s.skips(), s.invoices());
    }

    /**
     * Counts loads of a running step saved mid-listing with several chains; if {@code kill} is given, dies like a
     * process once, right after the bills step saved such a checkpoint for the fifth time.
     */
    private record Watching(CheckpointStore delegate, AtomicInteger resumed, AtomicBoolean kill)
            implements CheckpointStore {

        private static final AtomicInteger SAVES = new AtomicInteger();

        @Override
        public Optional<StepCheckpoint> load(String integrationId, String runId, SyncStep step) {
            Optional<StepCheckpoint> found = delegate.load(integrationId, runId, step);
            found.filter(c -> c.status() == StepStatus.RUNNING && sliced(c)).ifPresent(c -> resumed.incrementAndGet());
            return found;
        }

        @Override
        public void save(StepCheckpoint checkpoint) {
            delegate.save(checkpoint);
            if (kill != null && checkpoint.step() == SyncStep.BILLS && sliced(checkpoint)
                    && SAVES.incrementAndGet() >= 5 && kill.compareAndSet(false, true)) {
                throw new Killed();
            }
        }

        private static boolean sliced(StepCheckpoint c) {
            String token = c.position().pageToken();
            return token != null && token.startsWith("slices:") && token.contains("\"down\"");
        }
    }

    /** What a dying worker process looks like from inside: nothing after it runs, no catch handles it. */
    private static final class Killed extends Error {
        Killed() {
            super("worker killed after a durable page", null, false, false);
        }
    }
}
