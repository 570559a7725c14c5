package com.billsync.ledger;

import java.util.Objects;
import java.util.Optional;

/** What a caller gives to create a GL account. */
public record NewAccount(Optional<String> number, String name, AccountType type, Optional<String> parentId,
                         boolean active) {
    public NewAccount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parentId, "parentId");
    }
}
