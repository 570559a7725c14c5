package com.billsync.sync.steps;

import com.billsync.billcom.model.Payment;
import com.billsync.json.Json;
import com.billsync.ledger.LedgerKind;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.LedgerIds;
import com.billsync.sync.Mappings;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Step 6's rules for one vendor payment: a process date on or after the cutoff, the vendor mapped, the funding
 * account mapped to a ledger bank or credit card account. The GL account the payment posts to (the funding bank's
 * chart-of-accounts row, from v2 where v3 lacks it) is linked when mapped; it is information, not a condition.
 * A voided or cancelled payment is imported (or updated) as voided: the ledger says so rather than dropping it.
 */
final class PaymentRules {

    private PaymentRules() {
    }

    static String subject(Payment payment) {
        return "Vendor payment " + payment.id() + (payment.processDate() == null ? ""
                : " (processed " + payment.processDate() + ")");
    }

    static boolean voided(Payment payment) {
        String status = payment.status() == null ? "" : payment.status().toUpperCase(Locale.ROOT);
        return status.equals("VOID") || status.equals("CANCELLED") || status.equals("CANCELED");
    }

    static Verdict evaluate(Payment payment, Optional<String> glAccount, Mappings mappings, Optional<LocalDate> cutoff,
                            Set<String> importedBills, Set<String> importedCredits) {
        if (payment.processDate() == null) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(payment) + " has no process date in "
                    + "Bill.com, so the cutoff cannot be applied. The next sync reads it again.")));
        }
        if (cutoff.isPresent() && payment.processDate().isBefore(cutoff.get())) {
            return new Verdict.Skip(List.of(Verdict.Problem.skipped("BEFORE_CUTOFF", subject(payment)
                    + " is dated before the integration's cutoff date " + cutoff.get()
                    + ". Move the cutoff date back (PATCH the integration) to import it.")));
        }
        if (payment.vendorId() == null || payment.vendorId().isBlank()) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(payment) + " has no vendor in Bill.com.")));
        }
        List<Ref> missing = new ArrayList<>();
        Optional<String> vendor = mappings.ledgerId(BillcomKind.VENDORS, payment.vendorId());
        if (vendor.isEmpty()) {
            missing.add(new Ref(BillcomKind.VENDORS, payment.vendorId(), "the payment"));
        }
        List<Verdict.Problem> problems = new ArrayList<>();
        Payment.FundingAccountRef funding = payment.fundingAccount();
        String fundingId = funding == null ? null : funding.id();
        Optional<String> fundingAccount = mappings.ledgerId(BillcomKind.FUNDING_ACCOUNTS, fundingId);
        if (fundingId == null || fundingId.isBlank()) {
            problems.add(Verdict.Problem.skipped("FUNDING_ACCOUNT_NOT_MAPPED", subject(payment)
                    + " names no funding account in Bill.com" + (funding == null || funding.type() == null ? ""
                    : " (type " + funding.type() + ")") + ", so it cannot be booked to a ledger bank or credit "
                    + "card account. Correct it in Bill.com, then sync again."));
        } else if (fundingAccount.isEmpty()) {
            missing.add(new Ref(BillcomKind.FUNDING_ACCOUNTS, fundingId, "the payment"));
        }
        problems.addAll(BillRules.grouped(missing));
        if (!problems.isEmpty()) {
            return new Verdict.Skip(problems);
        }
        boolean voided = voided(payment);
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("vendor_id", vendor.get());
        a.put("billcom_vendor_id", payment.vendorId());
        Amounts.text(a, "vendor_name", payment.vendorName());
        Amounts.money(a, "amount", payment.amount());
        Amounts.date(a, "process_date", payment.processDate());
        Amounts.text(a, "description", payment.description());
        Amounts.text(a, "status", payment.status() == null ? null : payment.status().toLowerCase(Locale.ROOT));
        Amounts.text(a, "single_status", payment.singleStatus() == null ? null
                : payment.singleStatus().toLowerCase(Locale.ROOT));
        a.put("voided", voided);
        a.put("funding_account_id", fundingAccount.get());
        a.put("billcom_funding_account_id", fundingId);
        Amounts.text(a, "billcom_funding_account_type", funding.type());
        glAccount.ifPresent(gl -> {
            a.put("billcom_gl_account_id", gl);
            mappings.ledgerId(BillcomKind.ACCOUNTS, gl).ifPresent(id -> a.put("gl_account_id", id));
        });
        Amounts.text(a, "transaction_number", payment.transactionNumber());
        Amounts.text(a, "confirmation_number", payment.confirmationNumber());
        Amounts.text(a, "disbursement_type", payment.disbursementType());
        ArrayNode applications = a.putArray("applications");
        for (Payment.BillPayment bp : payment.billPayments()) {
            ObjectNode app = applications.addObject();
            Amounts.text(app, "billcom_bill_id", bp.billId());
            if (bp.billId() != null && importedBills.contains(bp.billId())) {
                app.put("bill_id", LedgerIds.imported(LedgerKind.BILL, bp.billId()));
            }
            Amounts.money(app, "amount", bp.amount());
            ArrayNode credits = app.putArray("vendor_credits");
            for (Payment.AppliedCredit credit : bp.vendorCredits()) {
                ObjectNode c = credits.addObject();
                Amounts.text(c, "billcom_vendor_credit_id", credit.id());
                if (credit.id() != null && importedCredits.contains(credit.id())) {
                    c.put("vendor_credit_id", LedgerIds.imported(LedgerKind.VENDOR_CREDIT, credit.id()));
                }
                Amounts.money(c, "amount", credit.amount());
            }
        }
        String name = payment.confirmationNumber() == null || payment.confirmationNumber().isBlank() ? payment.id()
                : payment.confirmationNumber();
        return new Verdict.Import(name, voided, a, Optional.empty());
    }
}
