package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Bill.com bill ({@code 00n…}).
 *
 * <p>{@code approvalStatus} is {@code null} when Bill.com did not report it (v3 may omit it; the legacy v2
 * read then supplies it). {@code paymentStatus} observed: PAID, UNPAID, SCHEDULED, PARTIAL, UNDEFINED.
 */
public record Bill(
        String id,
        boolean archived,
        String vendorId,
        String vendorName,
        String description,
        LocalDate dueDate,
        Invoice invoice,
        BigDecimal amount,
        BigDecimal paidAmount,
        BigDecimal dueAmount,
        BigDecimal scheduledAmount,
        BigDecimal creditAmount,
        BigDecimal fundingAmount,
        BigDecimal exchangeRate,
        String payFromChartOfAccountId,
        Classifications classifications,
        String purchaseOrderNumber,
        List<BillLineItem> billLineItems,
        String paymentStatus,
        ApprovalStatus approvalStatus,
        List<Approver> approvers,
        String recordStatus,
        String createdBy,
        Instant createdTime,
        Instant updatedTime) {

    public Bill {
        Ids.require(id, "bill");
        billLineItems = billLineItems == null ? List.of() : List.copyOf(billLineItems);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }
}
