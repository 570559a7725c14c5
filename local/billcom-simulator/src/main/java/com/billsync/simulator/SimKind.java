package com.billsync.simulator;

/**
 * The object kinds the simulator serves, with their Bill.com id prefix and v3 path.
 * Classification kinds (chart of accounts and the dimensions) live under {@code /v3/classifications}.
 */
public enum SimKind {
    VENDOR("009", "vendors", "vendors"),
    BILL("00n", "bills", null),
    VENDOR_CREDIT("vcr", "vendor-credits", "vendorCredits"),
    PAYMENT("stp", "payments", null),
    CUSTOMER("0cu", "customers", "customers"),
    BANK_ACCOUNT("bac", "funding-accounts/banks", null),
    CHART_OF_ACCOUNT("0ca", "classifications/chart-of-accounts", "chartOfAccounts"),
    ITEM("0ii", "classifications/items", "items"),
    DEPARTMENT("0de", "classifications/departments", "departments"),
    JOB("job", "classifications/jobs", "jobs"),
    LOCATION("loc", "classifications/locations", "locations"),
    ACCOUNTING_CLASS("cls", "classifications/accounting-classes", "accountingClasses"),
    EMPLOYEE("emp", "classifications/employees", "employees");

    private final String idPrefix;
    private final String v3Path;
    private final String bulkWrapper;

    SimKind(String idPrefix, String v3Path, String bulkWrapper) {
        this.idPrefix = idPrefix;
        this.v3Path = v3Path;
        this.bulkWrapper = bulkWrapper;
    }

    /** The first three characters of every id of this kind, e.g. {@code 00n} for bills. */
    public String idPrefix() {
        return idPrefix;
    }

    /** The list path below {@code /v3}, e.g. {@code classifications/chart-of-accounts}. */
    public String v3Path() {
        return v3Path;
    }

    /** The wrapper property of bulk responses, e.g. {@code chartOfAccounts}; null where bulk answers an array. */
    public String bulkWrapper() {
        return bulkWrapper;
    }
}
