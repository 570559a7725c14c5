package com.billsync.billcom.model;

import java.math.BigDecimal;

/** One line of a bill. */
public record BillLineItem(
        String id,
        BigDecimal amount,
        BigDecimal quantity,
        BigDecimal price,
        String description,
        Classifications classifications) {
}
