package com.billsync.coa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A create billsync is about to send to Bill.com, recorded before the call. If the worker dies before the new
 * row is mapped, the next attempt finds the row by number and type instead of creating it again.
 *
 * @param parentId the Bill.com parent the row is created under
 */
public record CoaIntent(String ledgerAccountId, Optional<String> number, String type, String name,
                        Optional<String> parentId, String runId, Instant recordedAt) {

    public CoaIntent {
        Objects.requireNonNull(ledgerAccountId, "ledgerAccountId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
