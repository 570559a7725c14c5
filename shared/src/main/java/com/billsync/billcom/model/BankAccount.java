package com.billsync.billcom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A funding (bank) account ({@code bac…}). {@code status} observed: PENDING, NOT_VERIFIED, SUCCESS, INVALID;
 * {@code type}: CHECKING, SAVINGS. Account and routing numbers are deliberately not mapped.
 */
public record BankAccount(
        String id,
        boolean archived,
        String status,
        String nameOnAccount,
        String type,
        String ownerType,
        String bankName,
        @JsonProperty("default") DefaultUse defaultUse,
        String chartOfAccountId,
        Instant createdTime,
        Instant updatedTime) {

    public BankAccount {
        Ids.require(id, "bank account");
    }

    /** Whether the account is the default for paying bills and receiving payments. */
    public record DefaultUse(Boolean payables, Boolean receivables) {
    }
}
