package com.billsync.ledger;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the ledger side. Creates are idempotent by id (a repeated create of the same id is a no-op for the
 * caller who already wrote it); updates are conditional on the version read and throw a {@code conflict}
 * {@link com.billsync.domain.ServiceException} when another writer got there first.
 */
public interface LedgerStore {

    void createCompany(Company company);

    Optional<Company> company(String companyId);

    Page<Company> companies(String tenantId, PageRequest page);

    /** Throws {@code account_number_taken} when another account of the company has the number. */
    void createAccount(LedgerAccount account);

    Optional<LedgerAccount> account(String companyId, String accountId);

    Page<LedgerAccount> accounts(String companyId, PageRequest page);

    /** The whole chart, for rules that look across accounts (parents, setup checks). */
    List<LedgerAccount> allAccounts(String companyId);

    /**
     * Replaces the account if its stored version is still {@code updated.version() - 1}; moves the number's
     * uniqueness guard when the number changed. Throws {@code conflict} or {@code account_number_taken}.
     */
    void updateAccount(LedgerAccount previous, LedgerAccount updated);

    /**
     * Writes a new record. When it carries a Bill.com id that another record of its kind already carries, writes
     * nothing and returns that record's id (re-imports never duplicate); otherwise returns the record's own id.
     */
    String createRecord(LedgerRecord record);

    /** The id of the company's record of {@code kind} imported from (or created for) that Bill.com id. */
    Optional<String> idForBillcomId(String companyId, LedgerKind kind, String billcomId);

    Optional<LedgerRecord> record(String companyId, LedgerKind kind, String id);

    Page<LedgerRecord> records(String companyId, LedgerKind kind, PageRequest page);
}
