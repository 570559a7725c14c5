package com.billsync.billcom.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A chart-of-accounts row's type and number. {@code type} observed: EXPENSE, FIXED_ASSET, CREDIT_CARD,
 * OTHER_CURRENT_LIABILITY, ACCOUNTS_RECEIVABLE, OTHER_CURRENT_ASSET, BANK, INCOME, ... (full list UNCONFIRMED,
 * so a string).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountInfo(String type, String number) {
}
