package com.billsync.runs;

import java.util.Locale;

/** A run's status; the last three are final. */
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == COMPLETED_WITH_ERRORS || this == FAILED;
    }
}
