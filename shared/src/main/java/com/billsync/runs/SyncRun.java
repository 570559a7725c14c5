package com.billsync.runs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sync run of an integration (the errors log calls its id {@code sync_attempt_id}). Run ids sort by
 * creation time, so the newest run is the greatest id.
 *
 * @param enqueuedAt when every step's message was accepted by SQS; empty while that is still owed
 */
public record SyncRun(
        String integrationId,
        String runId,
        SyncPlan plan,
        RunTrigger trigger,
        RunStatus status,
        List<StepProgress> steps,
        Instant createdAt,
        Optional<Instant> enqueuedAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    public SyncRun {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A new run in {@code queued}, every step pending. */
    public static SyncRun queued(String integrationId, String runId, SyncPlan plan, RunTrigger trigger,
                                 Instant now) {
        return new SyncRun(integrationId, runId, plan, trigger, RunStatus.QUEUED,
                plan.steps().stream().map(StepProgress::pending).toList(), now, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public long completedSteps() {
        return steps.stream().filter(s -> s.status().isFinal()).count();
    }
}
