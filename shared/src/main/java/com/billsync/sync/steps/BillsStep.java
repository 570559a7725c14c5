package com.billsync.sync.steps;

import com.billsync.billcom.BillcomException;
import com.billsync.billcom.MalformedRecord;
import com.billsync.billcom.V2Filter;
import com.billsync.billcom.V2ListQuery;
import com.billsync.billcom.model.ApprovalStatus;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.BillDocument;
import com.billsync.billcom.model.V2Bill;
import com.billsync.json.Json;
import com.billsync.ledger.LedgerKind;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.Listing;
import com.billsync.sync.Mappings;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import com.billsync.sync.StepHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 4, bills: the v3 listing (approval status as v3 reports it; where it is missing, one legacy v2 {@code
 * List/Bill.json} call per page with an {@code id in [...]} filter, never one call per bill), {@link BillRules},
 * duplicate flagging, document metadata for bills imported new or changed in Bill.com, then the retry of bills
 * earlier runs skipped.
 */
final class BillsStep implements StepHandler {

    static final String LISTING = "bills";
    private static final int RETRY_PHASE = 1;

    @Override
    public void run(StepContext ctx) {
        Mappings mappings = Mappings.load(ctx.stores().mappings(), ctx.integrationId(), BillcomKind.VENDORS,
                BillcomKind.ACCOUNTS, BillcomKind.ITEMS, BillcomKind.CUSTOMERS, BillcomKind.DEPARTMENTS,
                BillcomKind.JOBS, BillcomKind.LOCATIONS, BillcomKind.ACCOUNTING_CLASSES, BillcomKind.EMPLOYEES);
        TransactionWriter writer = new TransactionWriter(BillcomKind.BILLS, LedgerKind.BILL, "bill",
                id -> documents(ctx, id));
        Listing.runAll(ctx, List.of(new Listing<>(LISTING, com.billsync.billcom.BillcomKind.BILLS, Bill::id,
                Bill::updatedTime, (c, records, malformed) -> page(c, mappings, writer, records, malformed))));
        SkippedRetry.run(ctx, RETRY_PHASE, BillcomKind.BILLS, rows -> rows.stream()
                .map(row -> candidate(ctx, mappings, MirrorJson.read(row.json(), Bill.class), false)).toList(), writer);
    }

    private static void page(StepContext ctx, Mappings mappings, TransactionWriter writer, List<Bill> records,
                             List<MalformedRecord> malformed) {
        PageRows.reportMalformed(ctx, "bill", "bill", malformed);
        PageRows<Bill> rows = PageRows.of(ctx, BillcomKind.BILLS, records, Bill::id);
        List<String> unreported = rows.changed().stream().filter(r -> r.record().approvalStatus() == null)
                .map(PageRows.Row::id).toList();
        Map<String, ApprovalStatus> approvals = unreported.isEmpty() ? Map.of() : v2Approvals(ctx, unreported);
        Map<String, Bill> effective = new HashMap<>();
        for (PageRows.Row<Bill> row : rows.rows()) {
            effective.put(row.id(), !row.changed() ? MirrorJson.read(row.stored().json(), Bill.class)
                    : approvals.containsKey(row.id()) ? withApproval(row.json(), approvals.get(row.id()))
                    : row.record());
        }
        PageRows.writeMirror(ctx, BillcomKind.BILLS, rows.changed(), r -> MirrorJson.tree(effective.get(r.id())));
        writer.apply(ctx, rows.rows().stream()
                .map(r -> candidate(ctx, mappings, effective.get(r.id()), r.changed())).toList());
    }

    private static TransactionWriter.Candidate candidate(StepContext ctx, Mappings mappings, Bill bill,
                                                         boolean rawChanged) {
        return new TransactionWriter.Candidate(bill.id(), BillRules.subject(bill),
                BillRules.evaluate(bill, mappings, ctx.cutoff()), rawChanged);
    }

    /** One v2 call for the page's bills whose v3 record has no approval status. */
    private static Map<String, ApprovalStatus> v2Approvals(StepContext ctx, List<String> billIds) {
        // One more than asked for, so a full answer is a short page and ends the listing without a second call.
        V2ListQuery query = V2ListQuery.all().and(new V2Filter("id", "in", String.join(",", billIds)))
                .withPageSize(Math.min(V2ListQuery.MAX_PAGE_SIZE, billIds.size() + 1));
        Map<String, ApprovalStatus> approvals = new HashMap<>();
        for (V2Bill bill : ctx.billcom().v2().listBills(query).remainingRecords()) {
            ApprovalStatus status = bill.approval();
            if (status != null) {
                approvals.put(bill.id(), status);
            }
        }
        return approvals;
    }

    private static Bill withApproval(ObjectNode raw, ApprovalStatus status) {
        ObjectNode copy = raw.deepCopy();
        copy.put("approvalStatus", status.name());
        return MirrorJson.read(copy, Bill.class);
    }

    /** The bill's document metadata (id, name, creation time); the files stay in Bill.com. */
    private static ArrayNode documents(StepContext ctx, String billId) {
        ArrayNode out = Json.mapper().createArrayNode();
        try {
            for (BillDocument document : ctx.billcom().billDocuments(billId).remainingRecords()) {
                ObjectNode d = out.addObject();
                d.put("billcom_document_id", document.id());
                Amounts.text(d, "name", document.name());
                if (document.createdTime() != null) {
                    d.put("created_time", document.createdTime().toString());
                }
            }
        } catch (BillcomException.NotFound gone) {
            // The bill vanished between the listing and this call: no documents to show.
        }
        return out;
    }
}
