package com.billsync.sync;

import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncStep;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a step of a run stands, saved after every durable page (together with its counters) and read when the
 * step's message is delivered again.
 *
 * @param position    which listing of the step (or later phase) and where in it
 * @param seen        per listing, the greatest {@code updatedTime} read so far: the step's next cursor
 * @param status      {@code RUNNING} until the step ends; a final status makes a redelivery a no-op
 */
public record StepCheckpoint(
        String integrationId,
        String runId,
        SyncStep step,
        StepStatus status,
        Position position,
        Map<String, String> seen,
        StepCounts counts,
        Instant startedAt,
        Optional<Instant> endedAt) {

    public StepCheckpoint {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(position, "position");
        seen = Map.copyOf(seen);
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /**
     * @param index       the listing (0..n-1), or n and beyond for a step's phases after its listings
     * @param pageToken   the next page to read within it; {@code null}: its first page
     * @param cursorValue the {@code updatedSince} the listing's page token belongs to; {@code null}: a full listing
     */
    public record Position(int index, String pageToken, String cursorValue) {
        public static final Position START = new Position(0, null, null);
    }

    public static StepCheckpoint start(String integrationId, String runId, SyncStep step, Instant at) {
        return new StepCheckpoint(integrationId, runId, step, StepStatus.RUNNING, Position.START, Map.of(),
                StepCounts.ZERO, at, Optional.empty());
    }
}
