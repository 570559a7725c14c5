package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bill as the legacy v2 API returns it ({@code entity "Bill"}). v2 codes its states as digit strings:
 * {@code isActive} "1" active / "2" inactive, {@code approvalStatus} see {@link ApprovalStatus#fromV2Code},
 * {@code paymentStatus} "1" open, "4" scheduled, "0" paid in full, "2" partially paid (UNCONFIRMED).
 * v2's "no id" ({@code 00000000000000000000}) becomes {@code null} in every id field.
 */
public record V2Bill(
        String id,
        String isActive,
        String vendorId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        LocalDate glPostingDate,
        BigDecimal amount,
        BigDecimal localAmount,
        BigDecimal exchangeRate,
        BigDecimal scheduledAmount,
        BigDecimal paidAmount,
        BigDecimal dueAmount,
        BigDecimal creditAmount,
        String approvalStatus,
        String paymentStatus,
        String description,
        String poNumber,
        String payFromBankAccountId,
        String payFromChartOfAccountId,
        String paymentTermId,
        String chartOfAccountId,
        String departmentId,
        String locationId,
        String actgClassId,
        List<V2BillLineItem> billLineItems,
        String createdBy,
        Instant createdTime,
        Instant updatedTime) {

    public V2Bill {
        Ids.require(id, "v2 bill");
        vendorId = Ids.v2(vendorId);
        payFromBankAccountId = Ids.v2(payFromBankAccountId);
        payFromChartOfAccountId = Ids.v2(payFromChartOfAccountId);
        paymentTermId = Ids.v2(paymentTermId);
        chartOfAccountId = Ids.v2(chartOfAccountId);
        departmentId = Ids.v2(departmentId);
        locationId = Ids.v2(locationId);
        actgClassId = Ids.v2(actgClassId);
        billLineItems = billLineItems == null ? List.of() : List.copyOf(billLineItems);
    }

    /** The approval state mapped to the enum v3 bills use. */
    public ApprovalStatus approval() {
        return ApprovalStatus.fromV2Code(approvalStatus);
    }

    /** v2 marks deleted (inactive) bills {@code isActive "2"}. */
    public boolean active() {
        return !"2".equals(isActive);
    }

    /** One line of a v2 bill. */
    public record V2BillLineItem(
            String id,
            String billId,
            BigDecimal amount,
            String chartOfAccountId,
            String departmentId,
            String locationId,
            String jobId,
            String customerId,
            String employeeId,
            String actgClassId,
            String itemId,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String description,
            String lineType) {

        public V2BillLineItem {
            chartOfAccountId = Ids.v2(chartOfAccountId);
            departmentId = Ids.v2(departmentId);
            locationId = Ids.v2(locationId);
            jobId = Ids.v2(jobId);
            customerId = Ids.v2(customerId);
            employeeId = Ids.v2(employeeId);
            actgClassId = Ids.v2(actgClassId);
            itemId = Ids.v2(itemId);
        }
    }
}
