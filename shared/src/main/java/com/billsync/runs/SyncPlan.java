package com.billsync.runs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ordered steps of a run. */
public enum SyncPlan {
    /** The first run after connecting: fills the mirror so mappings can be made; never changes Bill.com. */
    SEED(List.of(SyncStep.VENDORS, SyncStep.FUNDING_ACCOUNTS, SyncStep.ACCOUNTS, SyncStep.ITEMS,
            SyncStep.CLASSIFICATIONS)),
    /** Every later run, scheduled or triggered. */
    FULL(List.of(SyncStep.VENDORS, SyncStep.FUNDING_ACCOUNTS, SyncStep.ACCOUNTS, SyncStep.BILLS,
            SyncStep.VENDOR_CREDITS, SyncStep.VENDOR_PAYMENTS, SyncStep.ITEMS, SyncStep.CUSTOMERS,
            SyncStep.CLASSIFICATIONS));

    private final List<SyncStep> steps;

    SyncPlan(List<SyncStep> steps) {
        this.steps = steps;
    }

    public List<SyncStep> steps() {
        return steps;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SyncPlan> fromWire(String value) {
        for (SyncPlan plan : values()) {
            if (plan.wire().equals(value)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }
}
