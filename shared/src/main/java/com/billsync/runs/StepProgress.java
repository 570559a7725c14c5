package com.billsync.runs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step's audit counters within a run. */
public record StepProgress(
        SyncStep step,
        StepStatus status,
        long pages,
        long recordsRead,
        long created,
        long updated,
        long unchanged,
        long skipped,
        long failed,
        long apiCalls,
        Optional<Instant> startedAt,
        Optional<Instant> endedAt) {

    public StepProgress {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    public static StepProgress pending(SyncStep step) {
        return new StepProgress(step, StepStatus.PENDING, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(),
                Optional.empty());
    }
}
