package com.billsync.sync.steps;

import com.billsync.billcom.MalformedRecord;
import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.Payment;
import com.billsync.ledger.LedgerKind;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.Listing;
import com.billsync.sync.Mappings;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import com.billsync.sync.StepHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 6, vendor payments. The GL account is the funding bank's {@code chartOfAccountId} (from the mirror the
 * funding-accounts step filled); only for payments whose bank lacks it, legacy v2 reads it ({@link
 * SentPayAccounts}: the bank's sent payments in bulk on a first listing, else one {@code List/SentPay.json} call
 * per page). The resolved id is kept in the mirror row, so an unchanged payment costs no v2 call on later runs.
 */
final class VendorPaymentsStep implements StepHandler {

    /** Our own field in a payment's mirror JSON: the Bill.com GL account resolved for it. */
    static final String GL_FIELD = "billsyncGlAccountId";
    private static final int RETRY_PHASE = 1;
    private static final String LISTING = "vendor-payments";

    /** A payment with its resolved GL account. */
    private record Resolved(Payment payment, Optional<String> glAccount) {
    }

    @Override
    public void run(StepContext ctx) {
        Mappings mappings = Mappings.load(ctx.stores().mappings(), ctx.integrationId(), BillcomKind.VENDORS,
                BillcomKind.FUNDING_ACCOUNTS, BillcomKind.ACCOUNTS);
        TransactionWriter writer = new TransactionWriter(BillcomKind.VENDOR_PAYMENTS, LedgerKind.VENDOR_PAYMENT,
                "vendor_payment", null);
        SentPayAccounts v2 = new SentPayAccounts(ctx.cursor(LISTING).isEmpty());
        Listing.runAll(ctx, List.of(new Listing<>(LISTING, com.billsync.billcom.BillcomKind.PAYMENTS,
                Payment::id, Payment::updatedTime,
                (c, records, malformed) -> page(c, mappings, writer, v2, records, malformed))));
        SkippedRetry.run(ctx, RETRY_PHASE, BillcomKind.VENDOR_PAYMENTS,
                rows -> candidates(ctx, mappings, rows.stream().map(VendorPaymentsStep::fromMirror).toList(), Set.of()),
                writer);
    }

    private static void page(StepContext ctx, Mappings mappings, TransactionWriter writer, SentPayAccounts v2,
                             List<Payment> records, List<MalformedRecord> malformed) {
        PageRows.reportMalformed(ctx, "vendor_payment", "vendor payment", malformed);
        PageRows<Payment> rows = PageRows.of(ctx, BillcomKind.VENDOR_PAYMENTS, records, Payment::id);
        Map<String, Optional<String>> gl = glAccounts(ctx, v2,
                rows.changed().stream().map(PageRows.Row::record).toList());
        List<Resolved> resolved = new ArrayList<>();
        for (PageRows.Row<Payment> row : rows.rows()) {
            resolved.add(row.changed() ? new Resolved(row.record(), gl.get(row.id())) : fromMirror(row.stored()));
        }
        PageRows.writeMirror(ctx, BillcomKind.VENDOR_PAYMENTS, rows.changed(), r -> {
            ObjectNode json = r.json().deepCopy();
            gl.get(r.id()).ifPresent(id -> json.put(GL_FIELD, id));
            return json;
        });
        writer.apply(ctx, candidates(ctx, mappings, resolved,
                rows.changed().stream().map(PageRows.Row::id).collect(Collectors.toSet())));
    }

    private static Resolved fromMirror(MirrorRow row) {
        ObjectNode json = (ObjectNode) MirrorJson.read(row.json(), JsonNode.class);
        JsonNode gl = json.get(GL_FIELD);
        return new Resolved(MirrorJson.read(json, Payment.class),
                gl == null || gl.asText().isBlank() ? Optional.empty() : Optional.of(gl.asText()));
    }

    private static List<TransactionWriter.Candidate> candidates(StepContext ctx, Mappings mappings,
                                                                List<Resolved> payments, Set<String> changed) {
        Set<String> bills = Imported.of(ctx, LedgerKind.BILL, payments.stream()
                .flatMap(p -> p.payment().billPayments().stream()).map(Payment.BillPayment::billId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<String> credits = Imported.of(ctx, LedgerKind.VENDOR_CREDIT, payments.stream()
                .flatMap(p -> p.payment().billPayments().stream()).flatMap(bp -> bp.vendorCredits().stream())
                .map(Payment.AppliedCredit::id).filter(Objects::nonNull).collect(Collectors.toSet()));
        return payments.stream().map(r -> new TransactionWriter.Candidate(r.payment().id(),
                PaymentRules.subject(r.payment()), PaymentRules.evaluate(r.payment(), r.glAccount(), mappings,
                ctx.cutoff(), bills, credits), changed.contains(r.payment().id()))).toList();
    }

    /** The GL account of each payment: its bank's chart-of-accounts row, else v2's. */
    private static Map<String, Optional<String>> glAccounts(StepContext ctx, SentPayAccounts v2,
                                                            List<Payment> payments) {
        Map<String, Optional<String>> gl = new HashMap<>();
        if (payments.isEmpty()) {
            return gl;
        }
        Set<String> bankIds = payments.stream().map(Payment::fundingAccount).filter(Objects::nonNull)
                .filter(f -> "BANK_ACCOUNT".equals(f.type())).map(Payment.FundingAccountRef::id)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> bankGl = new HashMap<>();
        ctx.stores().mirror().get(ctx.integrationId(), BillcomKind.FUNDING_ACCOUNTS, bankIds).forEach((id, row) -> {
            String account = MirrorJson.read(row.json(), BankAccount.class).chartOfAccountId();
            if (account != null && !account.isBlank()) {
                bankGl.put(id, account);
            }
        });
        Map<String, String> lacking = new HashMap<>();
        for (Payment p : payments) {
            String bank = p.fundingAccount() == null ? null : p.fundingAccount().id();
            if (bank != null && bankGl.containsKey(bank)) {
                gl.put(p.id(), Optional.of(bankGl.get(bank)));
            } else {
                gl.put(p.id(), Optional.empty());
                boolean isBank = p.fundingAccount() != null && "BANK_ACCOUNT".equals(p.fundingAccount().type());
                lacking.put(p.id(), isBank ? bank : null);
            }
        }
        if (!lacking.isEmpty()) {
            v2.resolve(ctx, lacking).forEach((payment, account) -> gl.put(payment, Optional.of(account)));
        }
        return gl;
    }
}
