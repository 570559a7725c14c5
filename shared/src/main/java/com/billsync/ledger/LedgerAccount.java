package com.billsync.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A GL account of a company. The ledger's active chart is the source of truth for Bill.com's chart of accounts.
 *
 * @param number   unique within the company when present; Bill.com bank accounts imported as GL accounts have none
 * @param parentId another account of the same company, or empty for a top-level account
 */
public record LedgerAccount(
        String companyId,
        String id,
        Optional<String> number,
        String name,
        AccountType type,
        Optional<String> parentId,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) implements LedgerEntry {

    public LedgerAccount {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public LedgerKind kind() {
        return LedgerKind.ACCOUNT;
    }
}
