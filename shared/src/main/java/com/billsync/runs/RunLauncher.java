package com.billsync.runs;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Ids;
import com.billsync.domain.ServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts runs: records the run ({@code queued}, one active run per integration), then sends one message per
 * step. The one way to start a run: the API (connect, validate, trigger-sync) and the planner use it.
 *
 * <p>Recording comes first, so a run is never executed without its record. If the queue refuses, the run stays
 * recorded without {@code enqueued_at}; {@link #enqueue} re-sends its steps later, harmlessly, because each
 * message's deduplication id is {@code <runId>:<step>}.
 */
public final class RunLauncher {

    /** Auto-sync runs about this long after the most recent sync. */
    public static final Duration SYNC_INTERVAL = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);

    private final RunStore runs;
    private final SyncQueue queue;
    private final Ids ids;
    private final Clock clock;

    public RunLauncher(RunStore runs, SyncQueue queue, Ids ids, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records and enqueues a new run of {@code plan}. Throws {@code sync_in_progress} when the integration
     * already has an active run, {@code not_connected} when it is not connected, and {@code
     * service_unavailable} (details: {@code run_id}) when the run was recorded but the queue refused it.
     */
    public SyncRun launch(String integrationId, SyncPlan plan, RunTrigger trigger) {
        Instant now = clock.instant();
        SyncRun run = SyncRun.queued(integrationId, ids.run(), plan, trigger, now);
        runs.launch(run, now.plus(SYNC_INTERVAL));
        LOG.info("Recorded {} run {} ({}) for integration {}", plan.wire(), run.runId(), trigger.wire(),
                integrationId);
        return enqueue(run);
    }

    /** Sends every step of a recorded run and notes it; safe to repeat. */
    public SyncRun enqueue(SyncRun run) {
        try {
            queue.send(SyncMessage.forRun(run));
        } catch (RuntimeException e) {
            LOG.warn("Queue refused run {} of integration {}: {}", run.runId(), run.integrationId(),
                    e.getClass().getSimpleName());
            throw new ServiceException(ErrorCode.SERVICE_UNAVAILABLE,
                    "The sync run was recorded but its steps could not be queued yet. Retry the request.",
                    Map.of("run_id", run.runId()));
        }
        Instant at = clock.instant();
        runs.markEnqueued(run.integrationId(), run.runId(), at);
        LOG.info("Enqueued {} steps of run {} for integration {}", run.plan().steps().size(), run.runId(),
                run.integrationId());
        return new SyncRun(run.integrationId(), run.runId(), run.plan(), run.trigger(), run.status(), run.steps(),
                run.createdAt(), Optional.of(at), run.startedAt(), run.finishedAt());
    }

    /** Re-sends a queued run whose messages were never confirmed; does nothing for any other run. */
    public void ensureEnqueued(SyncRun run) {
        if (run.status() == RunStatus.QUEUED && run.enqueuedAt().isEmpty()) {
            enqueue(run);
        }
    }
}
