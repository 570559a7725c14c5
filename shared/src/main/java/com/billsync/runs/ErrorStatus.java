package com.billsync.runs;

import java.util.Locale;

/** An errors-log entry's status. */
public enum ErrorStatus {
    FAILED, SKIPPED, WARNING;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
