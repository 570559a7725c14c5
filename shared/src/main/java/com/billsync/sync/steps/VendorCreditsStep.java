package com.billsync.sync.steps;

import com.billsync.billcom.MalformedRecord;
import com.billsync.billcom.model.VendorCredit;
import com.billsync.ledger.LedgerKind;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.Listing;
import com.billsync.sync.Mappings;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import com.billsync.sync.StepHandler;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 5, vendor credits: {@link CreditRules}, applications linked to imported bills, skipped credits retried. */
final class VendorCreditsStep implements StepHandler {

    private static final int RETRY_PHASE = 1;

    @Override
    public void run(StepContext ctx) {
        Mappings mappings = Mappings.load(ctx.stores().mappings(), ctx.integrationId(), BillcomKind.VENDORS,
                BillcomKind.ACCOUNTS, BillcomKind.ITEMS, BillcomKind.CUSTOMERS, BillcomKind.DEPARTMENTS,
                BillcomKind.JOBS, BillcomKind.LOCATIONS, BillcomKind.ACCOUNTING_CLASSES, BillcomKind.EMPLOYEES);
        TransactionWriter writer = new TransactionWriter(BillcomKind.VENDOR_CREDITS, LedgerKind.VENDOR_CREDIT,
                "vendor_credit", null);
        Listing.runAll(ctx, List.of(new Listing<>("vendor-credits", com.billsync.billcom.BillcomKind.VENDOR_CREDITS,
                VendorCredit::id, VendorCredit::updatedTime,
                (c, records, malformed) -> page(c, mappings, writer, records, malformed))));
        SkippedRetry.run(ctx, RETRY_PHASE, BillcomKind.VENDOR_CREDITS, rows -> candidates(ctx, mappings,
                rows.stream().map(MirrorRow::json).map(j -> MirrorJson.read(j, VendorCredit.class)).toList(),
                Set.of()), writer);
    }

    private static void page(StepContext ctx, Mappings mappings, TransactionWriter writer, List<VendorCredit> records,
                             List<MalformedRecord> malformed) {
        PageRows.reportMalformed(ctx, "vendor_credit", "vendor credit", malformed);
        PageRows<VendorCredit> rows = PageRows.of(ctx, BillcomKind.VENDOR_CREDITS, records, VendorCredit::id);
        PageRows.writeMirror(ctx, BillcomKind.VENDOR_CREDITS, rows.changed());
        writer.apply(ctx, candidates(ctx, mappings, rows.rows().stream().map(PageRows.Row::record).toList(),
                rows.changed().stream().map(PageRows.Row::id).collect(Collectors.toSet())));
    }

    private static List<TransactionWriter.Candidate> candidates(StepContext ctx, Mappings mappings,
                                                                List<VendorCredit> credits, Set<String> changed) {
        Set<String> importedBills = Imported.of(ctx, LedgerKind.BILL, credits.stream()
                .flatMap(c -> c.usage().stream()).map(VendorCredit.VendorCreditUsage::billId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return credits.stream().map(c -> new TransactionWriter.Candidate(c.id(), CreditRules.subject(c),
                CreditRules.evaluate(c, mappings, ctx.cutoff(), importedBills), changed.contains(c.id()))).toList();
    }
}
