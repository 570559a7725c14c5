package com.billsync.coa;

import java.util.List;
import java.util.Objects;

/** A run's alignment as stored: its record, the plan it computed, and what it applied (in order). */
public record CoaRunReport(CoaRunRecord record, List<CoaMutation> planned, List<CoaEntry> applied) {

    public CoaRunReport {
        Objects.requireNonNull(record, "record");
        planned = List.copyOf(planned);
        applied = List.copyOf(applied);
    }
}
