package com.billsync.sync.steps;

import com.billsync.billcom.MalformedRecord;
import com.billsync.ledger.LedgerRecord;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.BillcomRecord;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.ContentHash;
import com.billsync.sync.LedgerBatch;
import com.billsync.sync.Listing;
import com.billsync.sync.StepContext;
import com.billsync.sync.StepHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A master-data step: mirrors every row of its listings (archived ones too) so mappings can be made, and
 * brings each mapped ledger record in line when its Bill.com row changed. Unmapped rows only live in the
 * mirror. Chart-of-accounts and funding-account rows map to GL accounts, whose source of truth is the ledger
 * (chart-of-account alignment pushes it to Bill.com), so those steps never change the ledger.
 */
final class MasterDataStep implements StepHandler {

    /**
     * One listing of the step.
     *
     * @param entityType    the errors log's {@code entity_type}
     * @param updatesLedger whether mapped ledger records follow Bill.com
     */
    record Source<T>(String name, com.billsync.billcom.BillcomKind<T> kind, BillcomKind mirrorKind,
                     String entityType, Function<T, String> id, Function<T, Instant> updatedTime,
                     boolean updatesLedger) {
        Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mirrorKind, "mirrorKind");
            Objects.requireNonNull(entityType, "entityType");
        }
    }

    private final List<Source<?>> sources;

    MasterDataStep(List<Source<?>> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public void run(StepContext ctx) {
        List<Listing<?>> listings = new ArrayList<>();
        sources.forEach(s -> listings.add(listing(s)));
        Listing.runAll(ctx, listings);
    }

    private static <T> Listing<T> listing(Source<T> source) {
        return new Listing<>(source.name(), source.kind(), source.id(), source.updatedTime(),
                (ctx, records, malformed) -> store(ctx, source, records, malformed));
    }

    private static <T> void store(StepContext ctx, Source<T> source, List<T> records,
                                  List<MalformedRecord> malformed) {
        PageRows.reportMalformed(ctx, source.entityType(), source.entityType().replace('_', ' '), malformed);
        PageRows<T> page = PageRows.of(ctx, source.mirrorKind(), records, source.id());
        List<PageRows.Row<T>> changed = page.changed();
        PageRows.writeMirror(ctx, source.mirrorKind(), changed);
        long created = changed.stream().filter(PageRows.Row::isNew).count();
        ctx.counts().created((int) created);
        ctx.counts().updated(changed.size() - (int) created);
        ctx.counts().unchanged(page.rows().size() - changed.size());
        if (source.updatesLedger() && !changed.isEmpty()) {
            followInLedger(ctx, source.mirrorKind(), changed);
        }
    }

    /** Mapped ledger records take the changed rows' name, archived state and attributes. */
    private static <T> void followInLedger(StepContext ctx, BillcomKind kind, List<PageRows.Row<T>> changed) {
        Map<String, Mapping> mapped = ctx.stores().mappings().byBillcomIds(ctx.integrationId(), kind,
                changed.stream().map(PageRows.Row::id).toList());
        if (mapped.isEmpty()) {
            return;
        }
        Map<String, LedgerBatch.Stored> stored = ctx.stores().ledger().get(ctx.companyId(), kind.ledgerKind(),
                mapped.values().stream().map(Mapping::ledgerId).toList());
        List<LedgerBatch.Write> writes = new ArrayList<>();
        for (PageRows.Row<T> row : changed) {
            Mapping mapping = mapped.get(row.id());
            LedgerBatch.Stored current = mapping == null ? null : stored.get(mapping.ledgerId());
            if (current == null) {
                continue;
            }
            BillcomRecord billcom = BillcomRecord.of(new MirrorRow(ctx.integrationId(), kind, row.id(), row.hash(),
                    row.json().toString(), ctx.now()));
            LedgerRecord was = current.record();
            String name = billcom.name().orElse(was.name());
            ObjectNode attributes = billcom.attributes();
            if (name.equals(was.name()) && billcom.archived() == was.archived() && attributes.equals(was.attributes())) {
                continue;
            }
            LedgerRecord now = new LedgerRecord(was.companyId(), was.kind(), was.id(), name, was.billcomId(),
                    billcom.archived(), attributes, was.version() + 1, was.createdAt(), ctx.now());
            writes.add(new LedgerBatch.Write(now, ContentHash.of(attributes), false));
        }
        if (!writes.isEmpty()) {
            ctx.stores().ledger().put(writes);
            ctx.counts().writes(writes.size());
        }
    }
}
