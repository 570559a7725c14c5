package com.billsync.ledger;

/**
 * The kinds of record the ledger holds per company. {@link #slug} names the kind in routes and storage keys;
 * {@link #idPrefix} starts the ids of records of the kind.
 */
public enum LedgerKind {
    ACCOUNT("accounts", "acct", false),
    VENDOR("vendors", "ven", false),
    CUSTOMER("customers", "cus", false),
    ITEM("items", "itm", false),
    DEPARTMENT("departments", "dep", true),
    JOB("jobs", "job", true),
    LOCATION("locations", "loc", true),
    ACCOUNTING_CLASS("accounting-classes", "cls", true),
    EMPLOYEE("employees", "emp", true),
    BILL("bills", "bil", false),
    VENDOR_PAYMENT("vendor-payments", "pay", false),
    VENDOR_CREDIT("vendor-credits", "vcr", false);

    private final String slug;
    private final String idPrefix;
    private final boolean dimension;

    LedgerKind(String slug, String idPrefix, boolean dimension) {
        this.slug = slug;
        this.idPrefix = idPrefix;
        this.dimension = dimension;
    }

    public String slug() {
        return slug;
    }

    public String idPrefix() {
        return idPrefix;
    }

    /** Departments, jobs, locations, accounting classes and employees: served under {@code /dimensions/}. */
    public boolean isDimension() {
        return dimension;
    }

    public static java.util.Optional<LedgerKind> fromSlug(String slug) {
        for (LedgerKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
