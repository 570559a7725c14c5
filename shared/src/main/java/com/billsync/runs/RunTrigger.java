package com.billsync.runs;

import java.util.Locale;

/** Why a run started. */
public enum RunTrigger {
    /** The seed enqueued by a successful connect (or by validate/PATCH when it never ran). */
    CONNECT,
    /** {@code trigger-sync}. */
    MANUAL,
    /** The planner. */
    SCHEDULE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
