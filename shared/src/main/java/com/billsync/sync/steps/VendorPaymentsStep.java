package com.billsync.sync.steps;

import com.billsync.billcom.MalformedRecord;
import com.billsync.billcom.V2Filter;
import com.billsync.billcom.V2ListQuery;
import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.Payment;
import com.billsync.billcom.model.V2SentPay;
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
 * funding-accounts step filled); only for payments whose bank lacks it, one legacy v2 {@code List/SentPay.json}
 * call per page ({@code id in [...]}) reads it. The resolved id is kept in the mirror row, so an unchanged payment
 * costs no v2 call on later runs.
 */
final class VendorPaymentsStep implements StepHandler {

    /** Our own field in a payment's mirror JSON: the Bill.com GL account resolved for it. */
    static final String GL_FIELD = "billsyncGlAccountId";
    /** v2's "no id". */
    private static final String NO_ID = "00000000000000000000";
    private static final int RETRY_PHASE = 1;

    /** A payment with its resolved GL account. */
    private record Resolved(Payment payment, Optional<String> glAccount) {
    }

    @Override
    public void run(StepContext ctx) {
        Mappings mappings = Mappings.load(ctx.stores().mappings(), ctx.integrationId(), BillcomKind.VENDORS,
                BillcomKind.FUNDING_ACCOUNTS, BillcomKind.ACCOUNTS);
        TransactionWriter writer = new TransactionWriter(BillcomKind.VENDOR_PAYMENTS, LedgerKind.VENDOR_PAYMENT,
                "vendor_payment", null);
        Listing.runAll(ctx, List.of(new Listing<>("vendor-payments", com.billsync.billcom.BillcomKind.PAYMENTS,
                Payment::id, Payment::updatedTime,
                (c, records, malformed) -> page(c, mappings, writer, records, malformed))));
        SkippedRetry.run(ctx, RETRY_PHASE, BillcomKind.VENDOR_PAYMENTS,
                rows -> candidates(ctx, mappings, rows.stream().map(VendorPaymentsStep::fromMirror).toList(), Set.of()),
                writer);
    }

    private static void page(StepContext ctx, Mappings mappings, TransactionWriter writer, List<Payment> records,
                             List<MalformedRecord> malformed) {
        PageRows.reportMalformed(ctx, "vendor_payment", "vendor payment", malformed);
        PageRows<Payment> rows = PageRows.of(ctx, BillcomKind.VENDOR_PAYMENTS, records, Payment::id);
        Map<String, Optional<String>> gl = glAccounts(ctx, rows.changed().stream().map(PageRows.Row::record).toList());
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

    /** The GL account of each payment: its bank's chart-of-accounts row, else v2's (one call for the page). */
    private static Map<String, Optional<String>> glAccounts(StepContext ctx, List<Payment> payments) {
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
        List<String> lacking = new ArrayList<>();
        for (Payment p : payments) {
            String bank = p.fundingAccount() == null ? null : p.fundingAccount().id();
            if (bank != null && bankGl.containsKey(bank)) {
                gl.put(p.id(), Optional.of(bankGl.get(bank)));
            } else {
                gl.put(p.id(), Optional.empty());
                lacking.add(p.id());
            }
        }
        if (!lacking.isEmpty()) {
            V2ListQuery query = V2ListQuery.all().and(new V2Filter("id", "in", String.join(",", lacking)))
                    .withPageSize(Math.min(V2ListQuery.MAX_PAGE_SIZE, lacking.size() + 1));
            for (V2SentPay sent : ctx.billcom().v2().listSentPays(query).remainingRecords()) {
                String account = sent.chartOfAccountId();
                if (account != null && !account.isBlank() && !NO_ID.equals(account)) {
                    gl.put(sent.id(), Optional.of(account));
                }
            }
        }
        return gl;
    }
}
