package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.FaultKind;
import com.billsync.simulator.OrgSize;
import com.billsync.sync.CheckpointStore;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.SyncStores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Failures on the way, each ending with the same ledger as a clean run (nothing duplicated or lost): messages
 * delivered twice, a worker dying between pages, invocations running out of time, a session invalidated in the
 * middle of a step, a burst of {@code BDC_1322}, server errors for a while, the hourly cap.
 */
class ResilienceSyncTest {

    /** 250 bills: the bills listing takes three pages. */
    private static final OrgSize THREE_PAGES_OF_BILLS = new OrgSize(15, 250, 30, 8, 40, 10, 10, 4, 5, 3, 4, 5);

    @Test
    void everyMessageDeliveredTwiceLeavesTheSameLedger() {
        AtomicReference<SyncFixture> self = new AtomicReference<>();
        AtomicInteger redelivered = new AtomicInteger();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(41, OrgSize.DEMO).handler(worker ->
                (event, context) -> {
                    SQSBatchResponse response = worker.handleRequest(event, context);
                    // The delete of every first delivery is "lost": SQS hands each message over again.
                    Set<String> failed = new HashSet<>();
                    response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
                    List<SQSBatchResponse.BatchItemFailure> all = new ArrayList<>(response.getBatchItemFailures());
                    for (SQSEvent.SQSMessage m : event.getRecords()) {
                        if ("1".equals(m.getAttributes().get("ApproximateReceiveCount"))
                                && !failed.contains(m.getMessageId())) {
                            self.get().aws.sqs().changeMessageVisibility(b -> b.queueUrl(self.get().queue.queueUrl())
                                    .receiptHandle(m.getReceiptHandle()).visibilityTimeout(0));
                            all.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
                            redelivered.incrementAndGet();
                        }
                    }
                    return new SQSBatchResponse(all);
                }))) {
            self.set(fx);
            MappedIntegration it = new MappedIntegration(fx);
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(redelivered.get()).isGreaterThanOrEqualTo(5 + 9);
            assertThat(FullSyncTruthTest.stepOf(fx.run(it.integrationId, run), "bills").get("created").asLong())
                    .isEqualTo(BillTruth.of(fx.org.list(com.billsync.simulator.SimKind.BILL), Set.of(), null,
                            it.mapped).imported().size());
        }
    }

    @Test
    void workerKilledBetweenPagesResumesFromItsCheckpoint() {
        AtomicBoolean killed = new AtomicBoolean();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(42, THREE_PAGES_OF_BILLS)
                .visibility(Duration.ofSeconds(2))
                .stores(stores -> withCheckpoints(stores, new DyingAfterFirstBillsPage(stores.checkpoints(),
                        killed))))) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.resetCounters();
            String run = it.trigger();
            fx.drain();
            assertThat(killed).isTrue();
            it.assertMatchesTruth(run);
            StepCheckpoint bills = fx.stores.checkpoints().load(it.integrationId, run, SyncStep.BILLS).orElseThrow();
            assertThat(bills.counts().pages()).isEqualTo(3);
            assertThat(fx.sim.calls().get("GET /v3/bills")).as("each page of bills read once").isEqualTo(3);
        }
    }

    @Test
    void invocationsRunningOutOfTimeYieldAndResume() {
        try (SyncFixture fx = new SyncFixture(42, THREE_PAGES_OF_BILLS)) {
            MappedIntegration it = new MappedIntegration(fx);
            AtomicInteger invocations = new AtomicInteger();
            // Time for one page per invocation: enough to start a step, too little to go on after a page.
            fx.contexts(() -> {
                invocations.incrementAndGet();
                return new ShrinkingContext();
            });
            fx.sim.resetCounters();
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            StepCheckpoint bills = fx.stores.checkpoints().load(it.integrationId, run, SyncStep.BILLS).orElseThrow();
            assertThat(bills.counts().pages()).isEqualTo(3);
            assertThat(fx.sim.calls().get("GET /v3/bills")).isEqualTo(3);
            assertThat(invocations.get()).as("a yield per page, then a completion per step")
                    .isGreaterThanOrEqualTo(3 + 9);
        }
    }

    @Test
    void sessionInvalidatedInTheMiddleOfAStepIsRenewed() {
        try (SyncFixture fx = new SyncFixture(43, THREE_PAGES_OF_BILLS)) {
            MappedIntegration it = new MappedIntegration(fx);
            long logins = fx.sim.logins();
            fx.sim.faults().invalidateSessionsAfterCalls(6);
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(fx.sim.logins()).isGreaterThan(logins);
            assertThat(it.warnings(run)).doesNotContain("SESSION_REAUTH_CAP_REACHED");
        }
    }

    @Test
    void burstOfConcurrencyLimitErrorsIsRetriedThroughTheQueue() {
        try (SyncFixture fx = new SyncFixture(44, OrgSize.DEMO)) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.faults().failNext(12, FaultKind.CONCURRENCY_LIMIT);
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(it.warnings(run)).contains("BILLCOM_RATE_LIMITED");
        }
    }

    @Test
    void serverErrorsForAWhileAreRetriedThroughTheQueue() {
        try (SyncFixture fx = new SyncFixture(45, OrgSize.DEMO)) {
            MappedIntegration it = new MappedIntegration(fx);
            fx.sim.faults().failNext(14, FaultKind.SERVER_ERROR);
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(it.warnings(run)).contains("BILLCOM_UNAVAILABLE");
        }
    }

    @Test
    void hourlyCapDefersTheStepUntilTheCapResets() {
        // The worker's clock is moved to three seconds before a full hour just before the run starts (not when
        // the fixture is built: setting up takes longer than three seconds on a busy machine), so the reset is
        // three seconds away when the cap hits.
        FlowingClock workerClock = new FlowingClock();
        Map<String, List<Instant>> receipts = new ConcurrentHashMap<>();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(46, OrgSize.DEMO).workerClock(workerClock)
                .handler(worker -> (event, context) -> {
                    event.getRecords().forEach(m -> receipts.computeIfAbsent(m.getBody(),
                            k -> new CopyOnWriteArrayList<>()).add(Instant.now()));
                    return worker.handleRequest(event, context);
                }))) {
            MappedIntegration it = new MappedIntegration(fx);
            receipts.clear();
            fx.sim.faults().failNext(1, FaultKind.HOURLY_CAP);
            Instant now = Instant.now();
            workerClock.startAt(now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).minusSeconds(3));
            String run = it.trigger();
            fx.drain();
            it.assertMatchesTruth(run);
            assertThat(it.warnings(run)).contains("BILLCOM_RATE_LIMITED");
            List<Instant> first = receipts.values().stream().filter(times -> times.size() > 1).findFirst()
                    .orElseThrow();
            assertThat(Duration.between(first.get(0), first.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    /** The system clock shifted so that it reads a chosen instant now, and runs on from there. */
    private static final class FlowingClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void startAt(Instant instant) {
            offset = Duration.between(Instant.now(), instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    private static SyncStores withCheckpoints(SyncStores s, CheckpointStore checkpoints) {
        return new SyncStores(s.integrations(), s.runs(), checkpoints, s.syncState(), s.errors(), s.mappings(),
                s.mirror(), s.ledger(), s.skips(), s.invoices());
    }

    /** Saves the bills step's first page checkpoint, then dies like a process does: nothing after it runs. */
    private record DyingAfterFirstBillsPage(CheckpointStore delegate, AtomicBoolean killed)
            implements CheckpointStore {

        @Override
        public Optional<StepCheckpoint> load(String integrationId, String runId, SyncStep step) {
            return delegate.load(integrationId, runId, step);
        }

        @Override
        public void save(StepCheckpoint checkpoint) {
            delegate.save(checkpoint);
            if (checkpoint.step() == SyncStep.BILLS && checkpoint.status() == StepStatus.RUNNING
                    && checkpoint.position().pageToken() != null && killed.compareAndSet(false, true)) {
                throw new Killed();
            }
        }
    }

    /** What a dying worker process looks like from inside: nothing after it runs, no catch handles it. */
    private static final class Killed extends Error {
        Killed() {
            super("worker killed after a durable page", null, false, false);
        }
    }

    /** A Lambda context with 6 s left at first, then 1 s: one page fits in an invocation. */
    private static final class ShrinkingContext implements Context {
        private int calls;

        @Override
        public int getRemainingTimeInMillis() {
            return calls++ == 0 ? 6_000 : 1_000;
        }

        @Override
        public String getAwsRequestId() {
            return "shrinking";
        }

        @Override
        public String getLogGroupName() {
            return "worker";
        }

        @Override
        public String getLogStreamName() {
            return "worker";
        }

        @Override
        public String getFunctionName() {
            return "worker";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "worker";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
