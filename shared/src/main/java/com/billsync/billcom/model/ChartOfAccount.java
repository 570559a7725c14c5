package com.billsync.billcom.model;

import java.time.Instant;

/** A chart-of-accounts row ({@code 0ca…}). */
public record ChartOfAccount(
        String id,
        boolean archived,
        String name,
        String description,
        String parentId,
        AccountInfo account,
        Instant createdTime,
        Instant updatedTime) {

    public ChartOfAccount {
        Ids.require(id, "chart of account");
    }
}
