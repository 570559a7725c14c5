package com.billsync.runs;

import java.util.Objects;
import java.util.Optional;

/** The errors route's filters; empty means any. */
public record ErrorFilter(Optional<String> runId, Optional<SyncStep> step, Optional<String> entityType,
                          Optional<String> errorCode) {

    public ErrorFilter {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(errorCode, "errorCode");
    }

    public static ErrorFilter none() {
        return new ErrorFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
