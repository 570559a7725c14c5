package com.billsync.mapping;

import java.time.Instant;
import java.util.Objects;

/** A Bill.com row mapped to a ledger record of the integration's company. */
public record Mapping(String integrationId, BillcomKind kind, String billcomId, String ledgerId, Instant mappedAt) {
    public Mapping {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(mappedAt, "mappedAt");
    }
}
