package com.billsync.sync.steps;

import com.billsync.billcom.model.ApprovalStatus;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.BillLineItem;
import com.billsync.json.Json;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.Mappings;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SPEC §5 step 4's rules for one bill, in order: readable (an invoice date), archived (archive only), on or after
 * the cutoff (invoice date), approved (only {@code APPROVED} imports), vendor and every line's account, item and
 * classifications mapped. What passes becomes the ledger bill's content.
 */
final class BillRules {

    private BillRules() {
    }

    static String subject(Bill bill) {
        String number = bill.invoice() == null ? null : bill.invoice().invoiceNumber();
        return "Bill " + bill.id() + (number == null || number.isBlank() ? "" : " (invoice " + number + ")");
    }

    static Verdict evaluate(Bill bill, Mappings mappings, Optional<LocalDate> cutoff) {
        if (bill.archived()) {
            return new Verdict.Archived();
        }
        LocalDate invoiceDate = bill.invoice() == null ? null : bill.invoice().invoiceDate();
        if (invoiceDate == null) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(bill) + " has no invoice date in "
                    + "Bill.com, so the cutoff cannot be applied. Set the invoice date in Bill.com; the next sync "
                    + "reads the bill again.")));
        }
        if (cutoff.isPresent() && invoiceDate.isBefore(cutoff.get())) {
            return new Verdict.Skip(List.of(Verdict.Problem.skipped("BEFORE_CUTOFF", subject(bill) + " is dated "
                    + invoiceDate + ", before the integration's cutoff date " + cutoff.get() + ". Move the cutoff "
                    + "date back (PATCH the integration) to import it.")));
        }
        if (bill.approvalStatus() != ApprovalStatus.APPROVED) {
            String state = bill.approvalStatus() == null ? "has no approval status in Bill.com"
                    : "is " + bill.approvalStatus().name().toLowerCase(Locale.ROOT) + " in Bill.com";
            return new Verdict.Skip(List.of(Verdict.Problem.skipped("BILL_NOT_APPROVED", subject(bill) + " " + state
                    + "; only approved bills import. It imports on the first sync after it is approved.")));
        }
        List<Ref> missing = new ArrayList<>();
        Optional<String> vendor = mappings.ledgerId(BillcomKind.VENDORS, bill.vendorId());
        if (bill.vendorId() == null || bill.vendorId().isBlank()) {
            return new Verdict.Skip(List.of(Verdict.Problem.invalid(subject(bill) + " has no vendor in Bill.com. "
                    + "Set its vendor in Bill.com; the next sync reads the bill again.")));
        }
        if (vendor.isEmpty()) {
            missing.add(new Ref(BillcomKind.VENDORS, bill.vendorId(), "the bill"));
        }
        ArrayNode lines = Json.mapper().createArrayNode();
        List<Verdict.Problem> problems = new ArrayList<>();
        for (int i = 0; i < bill.billLineItems().size(); i++) {
            BillLineItem item = bill.billLineItems().get(i);
            ObjectNode line = lines.addObject();
            Amounts.text(line, "billcom_line_id", item.id());
            Amounts.text(line, "description", item.description());
            Amounts.money(line, "amount", item.amount());
            Amounts.money(line, "quantity", item.quantity());
            Amounts.money(line, "price", item.price());
            if (!Lines.resolve(item.classifications(), bill.classifications(), mappings, "line " + (i + 1), line,
                    missing)) {
                problems.add(Verdict.Problem.skipped("ACCOUNT_NOT_MAPPED", subject(bill) + " line " + (i + 1)
                        + " has no account in Bill.com. Code the line to an account in Bill.com, then sync again."));
            }
        }
        problems.addAll(grouped(missing));
        if (!problems.isEmpty()) {
            return new Verdict.Skip(problems);
        }
        return new Verdict.Import(bill.invoice().invoiceNumber() == null ? bill.id() : bill.invoice().invoiceNumber(),
                false, attributes(bill, vendor.get(), lines),
                Verdict.InvoiceKey.of(vendor.get(), bill.invoice().invoiceNumber()));
    }

    /** One problem per code, its references in the order found. */
    static List<Verdict.Problem> grouped(List<Ref> missing) {
        Map<String, List<Ref>> byCode = new LinkedHashMap<>();
        missing.forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
        return byCode.values().stream().map(Verdict.Problem::unmapped).toList();
    }

    private static ObjectNode attributes(Bill bill, String ledgerVendorId, ArrayNode lines) {
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("vendor_id", ledgerVendorId);
        a.put("billcom_vendor_id", bill.vendorId());
        Amounts.text(a, "vendor_name", bill.vendorName());
        Amounts.text(a, "invoice_number", bill.invoice().invoiceNumber());
        Amounts.date(a, "invoice_date", bill.invoice().invoiceDate());
        Amounts.date(a, "due_date", bill.dueDate());
        Amounts.text(a, "description", bill.description());
        Amounts.text(a, "po_number", bill.purchaseOrderNumber());
        Amounts.money(a, "amount", bill.amount());
        Amounts.money(a, "paid_amount", bill.paidAmount());
        Amounts.money(a, "due_amount", bill.dueAmount());
        Amounts.money(a, "scheduled_amount", bill.scheduledAmount());
        Amounts.money(a, "credit_amount", bill.creditAmount());
        Amounts.money(a, "exchange_rate", bill.exchangeRate());
        a.put("approval_status", bill.approvalStatus().name().toLowerCase(Locale.ROOT));
        Amounts.text(a, "payment_status", bill.paymentStatus() == null ? null
                : bill.paymentStatus().toLowerCase(Locale.ROOT));
        a.set("lines", lines);
        return a;
    }
}
