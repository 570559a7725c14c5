package com.billsync.runs;

import java.util.Locale;

/** A step's status within a run. */
public enum StepStatus {
    PENDING, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED,
    /** Not run: an earlier step of the run failed for good, so the run had already ended. */
    SKIPPED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == COMPLETED_WITH_ERRORS || this == FAILED || this == SKIPPED;
    }
}
