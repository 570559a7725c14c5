package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bill payment as the legacy v2 API returns it ({@code entity "SentPay"}); billsync reads it for the GL
 * account ({@code chartOfAccountId}) that v3 payments lack. {@code status} (official): "0" approving,
 * "1" scheduled, "2" paid, "3" canceled, "4" void, "5" escheated. v2's all-zero "no id" becomes {@code null}.
 */
public record V2SentPay(
        String id,
        String isActive,
        String billId,
        String vendorId,
        LocalDate processDate,
        BigDecimal amount,
        String status,
        String description,
        String txnNumber,
        String chartOfAccountId,
        String bankAccountId,
        Instant createdTime,
        Instant updatedTime) {

    public V2SentPay {
        Ids.require(id, "v2 sent pay");
        billId = Ids.v2(billId);
        vendorId = Ids.v2(vendorId);
        chartOfAccountId = Ids.v2(chartOfAccountId);
        bankAccountId = Ids.v2(bankAccountId);
    }
}
