package com.billsync.billcom.model;

/** The general-ledger classification ids a bill, a bill line or a credit line is coded to. */
public record Classifications(
        String chartOfAccountId,
        String accountingClassId,
        String departmentId,
        String employeeId,
        String jobId,
        String locationId,
        String itemId,
        String customerId) {
}
