package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A Bill.com item ({@code 0ii…}); {@code type} observed: PAYMENT, SALES_TAX_GROUP, INVENTORY, FIXED_ASSET. */
public record Item(
        String id,
        String type,
        String name,
        String shortName,
        String description,
        boolean archived,
        String parentId,
        BigDecimal price,
        String chartOfAccountId,
        String expenseChartOfAccountId,
        String purchaseDescription,
        BigDecimal purchaseCost,
        Boolean taxable,
        BigDecimal percentage,
        Instant createdTime,
        Instant updatedTime) {

    public Item {
        Ids.require(id, "item");
    }
}
