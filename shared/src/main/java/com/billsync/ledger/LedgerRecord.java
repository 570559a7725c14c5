package com.billsync.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger record other than a GL account: a vendor, customer, item, dimension, and later a bill, payment or
 * credit. The fields every kind shares are typed; what differs per kind travels in {@code attributes} (a JSON
 * object, snake_case keys).
 *
 * @param billcomId the Bill.com id the record was imported from, if any; at most one record per kind carries it
 * @param archived  archived or voided in Bill.com (archive propagates as archive, never as delete)
 */
public record LedgerRecord(
        String companyId,
        LedgerKind kind,
        String id,
        String name,
        Optional<String> billcomId,
        boolean archived,
        ObjectNode attributes,
        long version,
        Instant createdAt,
        Instant updatedAt) implements LedgerEntry {

    public LedgerRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (kind == LedgerKind.ACCOUNT) {
            throw new IllegalArgumentException("GL accounts are LedgerAccount records");
        }
    }
}
