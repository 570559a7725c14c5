package com.billsync.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** A mirrored Bill.com row as the mapping routes show it: what it is and what it maps to. */
public record MappingRow(BillcomKind kind, String externalId, String name, boolean archived, ObjectNode details,
                         Optional<String> ledgerId) {
    public MappingRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(ledgerId, "ledgerId");
    }
}
