package com.billsync.ledger;

/** Any record the ledger holds for a company: a GL account or another {@link LedgerRecord}. */
public sealed interface LedgerEntry permits LedgerAccount, LedgerRecord {

    String companyId();

    LedgerKind kind();

    String id();

    String name();

    long version();
}
