package com.billsync.sync;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.ReauthBudget;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationError;
import com.billsync.integration.IntegrationStatus;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.RunStatus;
import com.billsync.runs.StepProgress;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncRun;
import com.billsync.runs.SyncStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one step of a run: the worker hands it each SQS message.
 *
 * <ul>
 *   <li>A step whose checkpoint is final, or a step of a run that already ended, is acknowledged without work
 *       (redeliveries, steps after a failed one).</li>
 *   <li>The first step marks the run {@code running}; the last one ends it ({@code completed}, {@code
 *       completed_with_errors} when any record was skipped or failed, {@code failed}), freeing the active-run
 *       slot.</li>
 *   <li>A step resumes from its checkpoint and yields (the message comes back shortly) before the deadline.</li>
 *   <li>Bill.com failures: retryable ones defer the message (hourly cap: until the cap resets); rejected
 *       credentials put the integration in {@code error} and fail the run at once.</li>
 * </ul>
 */
public final class SyncEngine {

    /** How soon a yielded step comes back. */
    public static final Duration YIELD_DELAY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncStores stores;
    private final BillcomClients clients;
    private final Map<SyncStep, StepHandler> handlers;
    private final Clock clock;
    private final Duration margin;
    private final Duration retryBase;

    /**
     * @param margin    how much of the invocation's time must remain after a page for the step to go on; one
     *                  page's work must fit in it
     * @param retryBase a retried step comes back after this times its delivery count (at most 15 minutes)
     */
    public SyncEngine(SyncStores stores, BillcomClients clients, Map<SyncStep, StepHandler> handlers, Clock clock,
                      Duration margin, Duration retryBase) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.handlers = Map.copyOf(handlers);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.margin = Objects.requireNonNull(margin, "margin");
        this.retryBase = Objects.requireNonNull(retryBase, "retryBase");
    }

    /**
     * Runs the message's step.
     *
     * @param receiveCount how often SQS delivered the message (1 the first time), for the retry backoff
     */
    public StepResult execute(SyncMessage message, int receiveCount, Deadline deadline) {
        MDC.put("integration_id", message.integrationId());
        MDC.put("run_id", message.runId());
        MDC.put("step", message.step().wire());
        try {
            return executeStep(message, receiveCount, deadline);
        } finally {
            MDC.remove("integration_id");
            MDC.remove("run_id");
            MDC.remove("step");
        }
    }

    private StepResult executeStep(SyncMessage message, int receiveCount, Deadline deadline) {
        String integrationId = message.integrationId();
        Optional<Integration> found = stores.integrations().get(integrationId);
        Optional<SyncRun> run = stores.runs().get(integrationId, message.runId());
        if (found.isEmpty() || run.isEmpty()) {
            LOG.warn("Step {} of run {} refers to an unknown integration or run; dropped", message.step().wire(),
                    message.runId());
            return new StepResult.Done("unknown");
        }
        Integration integration = found.get();
        if (run.get().status().isFinal()) {
            markSkippedIfPending(run.get(), message.step());
            return new StepResult.Done("run already ended");
        }
        Optional<StepCheckpoint> saved = stores.checkpoints().load(integrationId, message.runId(), message.step());
        if (saved.isPresent() && saved.get().status().isFinal()) {
            LOG.info("Step {} of run {} already {}; acknowledged", message.step().wire(), message.runId(),
                    saved.get().status().wire());
            finishIfLast(message);
            return new StepResult.Done("step already ended");
        }
        if (integration.status() != IntegrationStatus.CONNECTED) {
            LOG.info("Integration {} is {}; run {} ends", integrationId, integration.status().wire(),
                    message.runId());
            endStep(message, StepStatus.SKIPPED, saved);
            stores.runs().finish(integrationId, message.runId(), RunStatus.FAILED, clock.instant());
            return new StepResult.Done("integration not connected");
        }
        StepCheckpoint checkpoint = saved.orElseGet(() -> StepCheckpoint.start(integrationId, message.runId(),
                message.step(), clock.instant()));
        StepHandler handler = handlers.get(message.step());
        if (handler == null) {
            throw new IllegalStateException("no handler for step " + message.step());
        }
        BillcomClient client = clients.forIntegration(integration).withReauthBudget(ReauthBudget.perStep());
        StepContext ctx = new StepContext(integration, message.runId(), message.step(), client, stores, clock,
                deadline, margin, checkpoint, Cursors.parse(stores.syncState().cursor(integrationId, message.step())));
        stores.runs().recordStep(integrationId, message.runId(), ctx.progress(StepStatus.RUNNING, Optional.empty()));
        LOG.info("Step {} of run {} {} (delivery {})", message.step().wire(), message.runId(),
                saved.isPresent() ? "resumes" : "starts", receiveCount);
        try {
            handler.run(ctx);
        } catch (StepYield yielded) {
            LOG.info("Step {} of run {} yields before the deadline at {}", message.step().wire(), message.runId(),
                    ctx.position());
            return new StepResult.Deferred(YIELD_DELAY, "yield");
        } catch (BillcomException e) {
            return failed(ctx, message, StepFailure.of(e), receiveCount, e);
        }
        complete(ctx, message);
        return new StepResult.Done("completed");
    }

    private void complete(StepContext ctx, SyncMessage message) {
        String integrationId = message.integrationId();
        Instant now = clock.instant();
        // The cursor first: if we die before the checkpoint says "completed", the step runs its last page again.
        Optional<String> previous = stores.syncState().cursor(integrationId, message.step());
        String next = Cursors.advance(previous, ctx.seen());
        if (!next.equals(previous.orElse(Cursors.EMPTY))) {
            stores.syncState().saveCursor(integrationId, message.step(), next, now);
        }
        stores.syncState().recordPulled(integrationId, message.step(), message.runId(), now);
        StepCounts counts = ctx.totals();
        StepStatus status = counts.hasErrors() ? StepStatus.COMPLETED_WITH_ERRORS : StepStatus.COMPLETED;
        StepCheckpoint done = new StepCheckpoint(integrationId, message.runId(), message.step(), status,
                ctx.checkpoint().position(), ctx.seen(), counts, ctx.checkpoint().startedAt(), Optional.of(now));
        stores.checkpoints().save(done);
        stores.runs().recordStep(integrationId, message.runId(), ctx.progress(status, Optional.of(now)));
        LOG.info("Step {} of run {} {}: {}", message.step().wire(), message.runId(), status.wire(), counts);
        finishIfLast(message);
    }

    private StepResult failed(StepContext ctx, SyncMessage message, StepFailure failure, int receiveCount,
                              BillcomException cause) {
        String integrationId = message.integrationId();
        Instant now = clock.instant();
        // Keep the calls made so far on the books; the position stays at the last durable page.
        StepCheckpoint kept = new StepCheckpoint(integrationId, message.runId(), message.step(), StepStatus.RUNNING,
                ctx.checkpoint().position(), ctx.checkpoint().seen(), ctx.totals(), ctx.checkpoint().startedAt(),
                Optional.empty());
        if (failure instanceof StepFailure.Permanent permanent) {
            LOG.warn("Step {} of run {} failed for good: {}", message.step().wire(), message.runId(),
                    permanent.billcomCode());
            stores.errors().append(ErrorEntry.inRun(integrationId, message.runId(), ErrorStatus.FAILED,
                    permanent.code(), permanent.message(), message.step(), Optional.empty(), Optional.empty(), now));
            putInError(integrationId, permanent, now);
            StepCheckpoint failedCheckpoint = new StepCheckpoint(integrationId, message.runId(), message.step(),
                    StepStatus.FAILED, kept.position(), kept.seen(), kept.counts(), kept.startedAt(), Optional.of(now));
            stores.checkpoints().save(failedCheckpoint);
            stores.runs().recordStep(integrationId, message.runId(), ctx.progress(StepStatus.FAILED, Optional.of(now)));
            stores.runs().finish(integrationId, message.runId(), RunStatus.FAILED, now);
            return new StepResult.Done("failed: " + permanent.code());
        }
        stores.checkpoints().save(kept);
        Duration delay = StepFailure.delay(failure, retryBase, receiveCount, clock);
        LOG.warn("Step {} of run {} deferred {} s: {} ({})", message.step().wire(), message.runId(),
                delay.toSeconds(), failure.code(), cause.getMessage());
        stores.errors().append(ErrorEntry.inRun(integrationId, message.runId(), ErrorStatus.WARNING, failure.code(),
                message(failure), message.step(), Optional.empty(), Optional.empty(), now));
        return new StepResult.Deferred(delay, failure.code());
    }

    private static String message(StepFailure failure) {
        return switch (failure) {
            case StepFailure.Retry r -> r.message();
            case StepFailure.RetryAt r -> r.message();
            case StepFailure.Permanent p -> p.message();
        };
    }

    /** The integration goes to {@code error} with Bill.com's code and leaves the planner's due index. */
    private void putInError(String integrationId, StepFailure.Permanent permanent, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Integration> current = stores.integrations().get(integrationId);
            if (current.isEmpty() || current.get().status() != IntegrationStatus.CONNECTED) {
                return;
            }
            Integration failed = current.get().toBuilder().status(IntegrationStatus.ERROR)
                    .lastError(Optional.of(new IntegrationError(permanent.billcomCode(), permanent.billcomMessage(),
                            now)))
                    .build(now);
            try {
                stores.integrations().update(current.get(), failed);
                stores.integrations().schedule(integrationId, false, now);
                return;
            } catch (ServiceException conflict) {
                LOG.info("Integration {} changed while being put in error; reading it again", integrationId);
            }
        }
    }

    private void endStep(SyncMessage message, StepStatus status, Optional<StepCheckpoint> saved) {
        Instant now = clock.instant();
        StepCheckpoint base = saved.orElseGet(() -> StepCheckpoint.start(message.integrationId(), message.runId(),
                message.step(), now));
        stores.checkpoints().save(new StepCheckpoint(base.integrationId(), base.runId(), base.step(), status,
                base.position(), base.seen(), base.counts(), base.startedAt(), Optional.of(now)));
        stores.runs().recordStep(message.integrationId(), message.runId(), new StepProgress(message.step(), status,
                0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(), Optional.of(now)));
    }

    private void markSkippedIfPending(SyncRun run, SyncStep step) {
        run.steps().stream().filter(s -> s.step() == step && s.status() == StepStatus.PENDING).findFirst()
                .ifPresent(s -> stores.runs().recordStep(run.integrationId(), run.runId(),
                        new StepProgress(step, StepStatus.SKIPPED, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(),
                                Optional.of(clock.instant()))));
    }

    /** Ends the run after its last step, from the steps' statuses. */
    private void finishIfLast(SyncMessage message) {
        if (message.stepIndex() != message.stepCount() - 1) {
            return;
        }
        stores.runs().get(message.integrationId(), message.runId()).filter(r -> !r.status().isFinal())
                .ifPresent(run -> {
                    RunStatus status = RunOutcome.of(run);
                    stores.runs().finish(run.integrationId(), run.runId(), status, clock.instant());
                    LOG.info("Run {} of integration {} {}", run.runId(), run.integrationId(), status.wire());
                });
    }
}
