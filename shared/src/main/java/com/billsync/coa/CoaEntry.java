package com.billsync.coa;

import java.time.Instant;
import java.util.Objects;

/**
 * One mutation in a run's audit trail: planned (preview, or refused), or applied to Bill.com at {@code at}
 * (with the row's Bill.com id, and its state as Bill.com answered).
 *
 * @param reconciled an applied create found in Bill.com after a crash, rather than answered by the create call
 */
public record CoaEntry(CoaMutation mutation, boolean applied, boolean reconciled, Instant at) {

    public CoaEntry {
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(at, "at");
    }
}
