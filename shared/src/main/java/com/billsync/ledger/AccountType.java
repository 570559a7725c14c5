package com.billsync.ledger;

import java.util.Locale;

/**
 * The ledger's GL account types, and the one table between them and Bill.com's chart-of-accounts {@code
 * account.type}: {@link #billcomType()} is what billsync writes when it creates or retypes a Bill.com row,
 * {@link #fromBillcom} what a Bill.com type reads as (several Bill.com types read as one ledger type), and
 * {@link #accepts} whether a Bill.com row's type already agrees with a ledger account's.
 */
public enum AccountType {
    BANK("BANK"),
    CREDIT_CARD("CREDIT_CARD"),
    EXPENSE("EXPENSE"),
    INCOME("INCOME"),
    COST_OF_GOODS_SOLD("COST_OF_GOODS_SOLD"),
    ASSET("OTHER_CURRENT_ASSET"),
    LIABILITY("OTHER_CURRENT_LIABILITY"),
    EQUITY("EQUITY"),
    // Bill.com's list of types is unconfirmed; NON_POSTING is the one a third-party SDK lists for accounts
    // that are none of the above.
    OTHER("NON_POSTING");

    private final String billcomType;

    AccountType(String billcomType) {
        this.billcomType = billcomType;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bank and credit-card accounts are the ones a payment can be funded from. */
    public boolean isFunding() {
        return this == BANK || this == CREDIT_CARD;
    }

    /** The Bill.com {@code account.type} billsync writes for an account of this type. */
    public String billcomType() {
        return billcomType;
    }

    /** Whether a Bill.com row of {@code billcomType} already has this type (e.g. FIXED_ASSET for an asset). */
    public boolean accepts(String billcomType) {
        return fromBillcom(billcomType) == this;
    }

    /**
     * The ledger type closest to a Bill.com chart-of-accounts type ({@code account.type}); Bill.com's list is
     * not fully documented, so anything unknown becomes {@link #OTHER}.
     */
    public static AccountType fromBillcom(String billcomType) {
        if (billcomType == null) {
            return OTHER;
        }
        return switch (billcomType.toUpperCase(Locale.ROOT)) {
            case "BANK" -> BANK;
            case "CREDIT_CARD" -> CREDIT_CARD;
            case "EXPENSE", "OTHER_EXPENSE" -> EXPENSE;
            case "INCOME", "OTHER_INCOME" -> INCOME;
            case "COST_OF_GOODS_SOLD" -> COST_OF_GOODS_SOLD;
            case "ACCOUNTS_RECEIVABLE", "OTHER_CURRENT_ASSET", "FIXED_ASSET", "OTHER_ASSET" -> ASSET;
            case "ACCOUNTS_PAYABLE", "OTHER_CURRENT_LIABILITY", "LONG_TERM_LIABILITY" -> LIABILITY;
            case "EQUITY" -> EQUITY;
            default -> OTHER;
        };
    }
}
