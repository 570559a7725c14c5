package com.billsync.ledger;

import java.time.Instant;
import java.util.Objects;

/** A ledger company (legal entity). It belongs to exactly one tenant. */
public record Company(
        String id,
        String tenantId,
        String name,
        String baseCurrency,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseCurrency, "baseCurrency");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
