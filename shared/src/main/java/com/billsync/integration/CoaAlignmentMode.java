package com.billsync.integration;

import java.util.Locale;

/** How chart-of-account alignment treats Bill.com: leave it, record the plan only, or apply the plan. */
public enum CoaAlignmentMode {
    OFF, PREVIEW, APPLY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
