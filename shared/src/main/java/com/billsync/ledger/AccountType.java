package com.billsync.ledger;

import java.util.Locale;

/** The ledger's GL account types. */
public enum AccountType {
    BANK, CREDIT_CARD, EXPENSE, INCOME, COST_OF_GOODS_SOLD, ASSET, LIABILITY, EQUITY, OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bank and credit-card accounts are the ones a payment can be funded from. */
    public boolean isFunding() {
        return this == BANK || this == CREDIT_CARD;
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
