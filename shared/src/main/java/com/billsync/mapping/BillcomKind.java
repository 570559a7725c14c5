package com.billsync.mapping;

import com.billsync.ledger.LedgerKind;
import java.util.Optional;

/**
 * The kinds of Bill.com record the integration mirrors. The first ten are mappable (the mapping routes'
 * {@code {kind}}); {@link #slug} names the kind in routes and storage keys.
 */
public enum BillcomKind {
    VENDORS("vendors", LedgerKind.VENDOR, true),
    ACCOUNTS("accounts", LedgerKind.ACCOUNT, true),
    FUNDING_ACCOUNTS("funding-accounts", LedgerKind.ACCOUNT, true),
    ITEMS("items", LedgerKind.ITEM, true),
    CUSTOMERS("customers", LedgerKind.CUSTOMER, true),
    DEPARTMENTS("departments", LedgerKind.DEPARTMENT, true),
    JOBS("jobs", LedgerKind.JOB, true),
    LOCATIONS("locations", LedgerKind.LOCATION, true),
    ACCOUNTING_CLASSES("accounting-classes", LedgerKind.ACCOUNTING_CLASS, true),
    EMPLOYEES("employees", LedgerKind.EMPLOYEE, true),
    BILLS("bills", LedgerKind.BILL, false),
    VENDOR_CREDITS("vendor-credits", LedgerKind.VENDOR_CREDIT, false),
    VENDOR_PAYMENTS("vendor-payments", LedgerKind.VENDOR_PAYMENT, false);

    private final String slug;
    private final LedgerKind ledgerKind;
    private final boolean mappable;

    BillcomKind(String slug, LedgerKind ledgerKind, boolean mappable) {
        this.slug = slug;
        this.ledgerKind = ledgerKind;
        this.mappable = mappable;
    }

    public String slug() {
        return slug;
    }

    /** What a row of this kind maps to in the ledger (funding accounts map to bank/credit-card GL accounts). */
    public LedgerKind ledgerKind() {
        return ledgerKind;
    }

    public boolean mappable() {
        return mappable;
    }

    public static Optional<BillcomKind> mappableFromSlug(String slug) {
        for (BillcomKind kind : values()) {
            if (kind.mappable && kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
