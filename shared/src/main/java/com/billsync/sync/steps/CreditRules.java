package com.billsync.sync.steps;

import com.billsync.billcom.model.Classifications;
import com.billsync.billcom.model.VendorCredit;
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
 * Step 5's rules for one vendor credit: archived (archive only), a credit date on or after the cutoff, vendor and
 * every line's account and classifications mapped. Its applications to bills are kept, linked to the ledger's
 * bills where those were imported.
 */
final class CreditRules {

    private CreditRules() {
    }

    static String subject(VendorCredit credit) {
        String ref = credit.referenceNumber();
        return "Vendor credit " + credit.id() + (ref == null || ref.isBlank() ? "" : " (reference " + ref + ")");
    }

    static Verdict evaluate(VendorCredit credit, Mappings mappings, Optional<LocalDate> cutoff,
                            Set<String> importedBills) {
        if (credit.archived()) {
            return new Verdict.Archived();
        }
        if (credit.creditDate() == null) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(credit) + " has no credit date in "
                    + "Bill.com, so the cutoff cannot be applied. Set it in Bill.com; the next sync reads it again.")));
        }
        if (cutoff.isPresent() && credit.creditDate().isBefore(cutoff.get())) {
            return new Verdict.Skip(List.of(Verdict.Problem.skipped("BEFORE_CUTOFF", subject(credit) + " is dated "
                    + credit.creditDate() + ", before the integration's cutoff date " + cutoff.get()
                    + ". Move the cutoff date back (PATCH the integration) to import it.")));
        }
        if (credit.vendorId() == null || credit.vendorId().isBlank()) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(credit) + " has no vendor in Bill.com. "
                    + "Set its vendor in Bill.com; the next sync reads it again.")));
        }
        List<Ref> missing = new ArrayList<>();
        Optional<String> vendor = mappings.ledgerId(BillcomKind.VENDORS, credit.vendorId());
        if (vendor.isEmpty()) {
            missing.add(new Ref(BillcomKind.VENDORS, credit.vendorId(), "the credit"));
        }
        Classifications header = new Classifications(credit.applyToChartOfAccountId(), null, null, null, null, null,
                null, null);
        List<Verdict.Problem> problems = new ArrayList<>();
        ArrayNode lines = Json.mapper().createArrayNode();
        for (int i = 0; i < credit.vendorCreditLineItems().size(); i++) {
            VendorCredit.VendorCreditLineItem item = credit.vendorCreditLineItems().get(i);
            ObjectNode line = lines.addObject();
            Amounts.text(line, "billcom_line_id", item.id());
            Amounts.text(line, "description", item.description());
            Amounts.money(line, "amount", item.amount());
            if (!Lines.resolve(item.classifications(), header, mappings, "line " + (i + 1), line, missing)) {
                problems.add(Verdict.Problem.skipped("ACCOUNT_NOT_MAPPED", subject(credit) + " line " + (i + 1)
                        + " has no account in Bill.com. Code the line to an account in Bill.com, then sync again."));
            }
        }
        problems.addAll(BillRules.grouped(missing));
        if (!problems.isEmpty()) {
            return new Verdict.Skip(problems);
        }
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("vendor_id", vendor.get());
        a.put("billcom_vendor_id", credit.vendorId());
        Amounts.text(a, "reference_number", credit.referenceNumber());
        Amounts.date(a, "credit_date", credit.creditDate());
        Amounts.text(a, "description", credit.description());
        Amounts.money(a, "amount", credit.amount());
        Amounts.money(a, "applied_amount", credit.appliedAmount());
        Amounts.text(a, "status", credit.status() == null ? null : credit.status().toLowerCase(Locale.ROOT));
        a.set("lines", lines);
        ArrayNode applications = a.putArray("applications");
        for (VendorCredit.VendorCreditUsage usage : credit.usage()) {
            ObjectNode app = applications.addObject();
            Amounts.text(app, "billcom_bill_id", usage.billId());
            if (usage.billId() != null && importedBills.contains(usage.billId())) {
                app.put("bill_id", LedgerIds.imported(LedgerKind.BILL, usage.billId()));
            }
            Amounts.text(app, "billcom_payment_id", usage.paymentId());
            Amounts.money(app, "amount", usage.amount());
        }
        String name = credit.referenceNumber() == null || credit.referenceNumber().isBlank() ? credit.id()
                : credit.referenceNumber();
        return new Verdict.Import(name, false, a, Optional.empty());
    }
}
