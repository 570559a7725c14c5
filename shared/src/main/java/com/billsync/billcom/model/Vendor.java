package com.billsync.billcom.model;

import java.time.Instant;

/** A Bill.com vendor ({@code 009…}). */
public record Vendor(
        String id,
        boolean archived,
        String name,
        String shortName,
        String accountNumber,
        String accountType,
        String email,
        String phone,
        Address address,
        VendorPaymentInformation paymentInformation,
        VendorAdditionalInfo additionalInfo,
        String billCurrency,
        Balance balance,
        String networkStatus,
        Instant createdTime,
        Instant updatedTime) {

    public Vendor {
        Ids.require(id, "vendor");
    }

    /** How the vendor is paid; bank and card details are deliberately not mapped. */
    public record VendorPaymentInformation(String payeeName, String payByType, String payBySubType) {
    }

    /** Extra vendor attributes; the tax id is deliberately not mapped (personal data billsync does not need). */
    public record VendorAdditionalInfo(
            String taxIdType,
            Boolean track1099,
            Integer leadTimeInDays,
            Boolean combinePayments,
            String paymentTermId,
            String companyName) {
    }
}
