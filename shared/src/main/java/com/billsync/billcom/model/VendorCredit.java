package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor credit ({@code vcr…}). {@code status} observed: NOT_APPLIED, IN_PROCESS, FULLY_APPLIED.
 * {@code usage} lists where the credit was applied.
 */
public record VendorCredit(
        String id,
        String vendorId,
        String referenceNumber,
        LocalDate creditDate,
        String description,
        boolean archived,
        String applyToChartOfAccountId,
        String applyToBankAccountId,
        BigDecimal amount,
        BigDecimal appliedAmount,
        String status,
        List<VendorCreditLineItem> vendorCreditLineItems,
        List<VendorCreditUsage> usage,
        Instant createdTime,
        Instant updatedTime) {

    public VendorCredit {
        Ids.require(id, "vendor credit");
        vendorCreditLineItems = vendorCreditLineItems == null ? List.of() : List.copyOf(vendorCreditLineItems);
        usage = usage == null ? List.of() : List.copyOf(usage);
    }

    /** One line of a vendor credit. */
    public record VendorCreditLineItem(
            String id, String description, BigDecimal amount, Classifications classifications) {
    }

    /** One application of the credit to a bill (through a payment). */
    public record VendorCreditUsage(String billId, String paymentId, BigDecimal amount) {
    }
}
