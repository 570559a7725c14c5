package com.billsync.mapping;

import java.util.Objects;

/** The row after a PUT, and whether a ledger record was created for it. */
public record MappingOutcome(MappingRow row, boolean created) {
    public MappingOutcome {
        Objects.requireNonNull(row, "row");
    }
}
