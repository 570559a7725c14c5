package com.billsync.simulator.store;

import java.util.Set;

/**
 * Chart-of-accounts {@code account.type} values the simulator accepts: those Bill.com examples show plus those a
 * third-party SDK lists (the full list is unconfirmed).
 */
public final class AccountTypes {
    public static final Set<String> ALL = Set.of("BANK", "CREDIT_CARD", "EXPENSE", "INCOME", "COST_OF_GOODS_SOLD",
            "ACCOUNTS_PAYABLE", "ACCOUNTS_RECEIVABLE", "EQUITY", "FIXED_ASSET", "OTHER_CURRENT_ASSET",
            "OTHER_CURRENT_LIABILITY", "LONG_TERM_LIABILITY", "OTHER_ASSET", "OTHER_EXPENSE", "OTHER_INCOME",
            "NON_POSTING", "UNSPECIFIED");

    private AccountTypes() {
    }
}
