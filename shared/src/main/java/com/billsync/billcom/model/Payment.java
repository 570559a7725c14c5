package com.billsync.billcom.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bill payment ({@code stp…}). Observed {@code status}: APPROVING, PAID, CANCELLED, VOID, SCHEDULED;
 * {@code singleStatus}: SCHEDULED, CLEARED, VOID_PENDING, EXPIRING, FUNDING_STARTED. v3 does not carry the
 * GL account the payment was booked to; the legacy v2 SentPay does ({@code chartOfAccountId}).
 */
public record Payment(
        String id,
        BigDecimal amount,
        String vendorId,
        String vendorName,
        String billId,
        List<BillPayment> billPayments,
        String description,
        LocalDate processDate,
        FundingAccountRef fundingAccount,
        String transactionNumber,
        String confirmationNumber,
        String status,
        String singleStatus,
        String disbursementType,
        String disbursementStatus,
        Boolean onlinePayment,
        List<VoidInfo> voidInfo,
        String createdBy,
        Instant createdTime,
        Instant updatedTime) {

    public Payment {
        Ids.require(id, "payment");
        billPayments = billPayments == null ? List.of() : List.copyOf(billPayments);
        voidInfo = voidInfo == null ? List.of() : List.copyOf(voidInfo);
    }

    /** The part of a payment applied to one bill, with vendor credits used alongside. */
    public record BillPayment(String id, String billId, BigDecimal amount, List<AppliedCredit> vendorCredits) {
        public BillPayment {
            vendorCredits = vendorCredits == null ? List.of() : List.copyOf(vendorCredits);
        }
    }

    /** A vendor credit applied within a bill payment. */
    public record AppliedCredit(String id, BigDecimal amount) {
    }

    /** The account the payment is funded from; {@code type} observed: BANK_ACCOUNT, CARD_ACCOUNT, AP_CARD, WALLET. */
    public record FundingAccountRef(String type, String id) {
    }

    /** Why and when a payment was voided; field names are UNCONFIRMED (third-party SDK), hence all optional. */
    public record VoidInfo(Instant voidDate, String voidReason, String voidedBy) {
    }
}
