package com.billsync.ledger;

import com.billsync.domain.Patch;
import java.util.Objects;
import java.util.Optional;

/** A partial update of a GL account; {@code expectedVersion} is the caller's {@code If-Match}, if sent. */
public record AccountChanges(
        Patch<String> number,
        Patch<String> name,
        Patch<AccountType> type,
        Patch<String> parentId,
        Patch<Boolean> active,
        Optional<Long> expectedVersion) {

    public AccountChanges {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
