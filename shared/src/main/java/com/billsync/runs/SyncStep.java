package com.billsync.runs;

import java.util.Locale;
import java.util.Optional;

/** One pull step; {@link #wire()} is its name in messages, keys and responses. */
public enum SyncStep {
    VENDORS, FUNDING_ACCOUNTS, ACCOUNTS, BILLS, VENDOR_CREDITS, VENDOR_PAYMENTS, ITEMS, CUSTOMERS, CLASSIFICATIONS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SyncStep> fromWire(String value) {
        for (SyncStep step : values()) {
            if (step.wire().equals(value)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
