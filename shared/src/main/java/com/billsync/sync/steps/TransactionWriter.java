package com.billsync.sync.steps;

import com.billsync.json.Json;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.ContentHash;
import com.billsync.sync.InFlight;
import com.billsync.sync.LedgerBatch;
import com.billsync.sync.LedgerIds;
import com.billsync.sync.SkipIndex;
import com.billsync.sync.StepContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the verdicts of a page of transactions (bills, credits, payments) to the ledger: one batch read of
 * the page's ledger records and skip marks, one batch write of what changed. A record whose content hash equals
 * the stored one costs no write; a skipped record is logged and marked for the next run's retry; an archived
 * record archives its ledger copy; a bill claims its (vendor, invoice number) pair first and is a duplicate if
 * another bill holds it. The document listings of the page's bills are independent Bill.com calls: they go out
 * together, as many at a time as the client may have in flight, once every bill of the page has been judged.
 */
final class TransactionWriter {

    /**
     * One evaluated transaction.
     *
     * @param subject    how messages name it, e.g. {@code "Bill 00n… (invoice INV-1)"}
     * @param rawChanged whether Bill.com's record changed since the mirror row (documents are read again only then)
     */
    record Candidate(String billcomId, String subject, Verdict verdict, boolean rawChanged) {
        Candidate {
            Objects.requireNonNull(billcomId, "billcomId");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    private final BillcomKind mirrorKind;
    private final LedgerKind ledgerKind;
    private final String entityType;
    /** Reads a bill's document metadata from Bill.com; null for kinds without documents. */
    private final Function<String, ArrayNode> documents;

    TransactionWriter(BillcomKind mirrorKind, LedgerKind ledgerKind, String entityType,
                      Function<String, ArrayNode> documents) {
        this.mirrorKind = mirrorKind;
        this.ledgerKind = ledgerKind;
        this.entityType = entityType;
        this.documents = documents;
    }

    void apply(StepContext ctx, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        List<String> ids = candidates.stream().map(Candidate::billcomId).toList();
        Map<String, LedgerBatch.Stored> stored = ctx.stores().ledger().get(ctx.companyId(), ledgerKind,
                ids.stream().map(id -> LedgerIds.imported(ledgerKind, id)).toList());
        Set<String> marked = ctx.stores().skips().marked(ctx.integrationId(), mirrorKind, ids);
        Names names = Names.of(ctx, candidates.stream().filter(c -> c.verdict() instanceof Verdict.Skip)
                .flatMap(c -> ((Verdict.Skip) c.verdict()).problems().stream()).toList());
        Batch batch = new Batch(names);
        for (Candidate c : candidates) {
            LedgerBatch.Stored current = stored.get(LedgerIds.imported(ledgerKind, c.billcomId()));
            switch (c.verdict()) {
                case Verdict.Skip skip -> skip(ctx, c, skip.problems(), batch);
                case Verdict.Archived ignored -> archive(ctx, c, current, batch);
                case Verdict.Import imported -> importOne(ctx, c, imported, current, batch);
            }
        }
        List<ArrayNode> documentLists = InFlight.map(batch.needDocuments, ctx.billcom().maxInFlight(),
                pending -> documents.apply(pending.candidate().billcomId()));
        for (int i = 0; i < batch.needDocuments.size(); i++) {
            Pending pending = batch.needDocuments.get(i);
            pending.attributes().set("documents", documentLists.get(i));
            write(ctx, pending, batch);
        }
        if (!batch.writes.isEmpty()) {
            ctx.stores().ledger().put(batch.writes);
            ctx.counts().writes(batch.writes.size());
        }
        if (!batch.marks.isEmpty()) {
            ctx.stores().skips().mark(ctx.integrationId(), mirrorKind, batch.marks);
        }
        List<String> clear = batch.settled.stream().filter(marked::contains).toList();
        if (!clear.isEmpty()) {
            ctx.stores().skips().clear(ctx.integrationId(), mirrorKind, clear);
        }
    }

    /** An import whose record is ready but for what only a Bill.com call can add (its documents). */
    private record Pending(Candidate candidate, Verdict.Import imported, LedgerBatch.Stored current,
                           String contentHash, ObjectNode attributes) {
    }

    private static final class Batch {
        final Names names;
        final List<LedgerBatch.Write> writes = new ArrayList<>();
        final List<Pending> needDocuments = new ArrayList<>();
        final List<SkipIndex.Mark> marks = new ArrayList<>();
        /** Records no longer skipped: their marks (if any) go. */
        final List<String> settled = new ArrayList<>();

        Batch(Names names) {
            this.names = names;
        }
    }

    private void skip(StepContext ctx, Candidate c, List<Verdict.Problem> problems, Batch batch) {
        boolean failed = false;
        for (Verdict.Problem problem : problems) {
            String message = batch.names.message(c.subject(), problem);
            if (problem.failed()) {
                ctx.logFailure(entityType, c.billcomId(), problem.code(), message);
                failed = true;
            } else {
                ctx.logSkip(entityType, c.billcomId(), problem.code(), message);
            }
        }
        if (failed) {
            ctx.counts().failed(1);
        } else {
            ctx.counts().skipped(1);
        }
        batch.marks.add(new SkipIndex.Mark(c.billcomId(), ctx.runId(),
                problems.stream().map(Verdict.Problem::code).distinct().toList()));
    }

    private void archive(StepContext ctx, Candidate c, LedgerBatch.Stored current, Batch batch) {
        batch.settled.add(c.billcomId());
        if (current == null || current.record().archived()) {
            // Never imported (nothing to archive), or archived already.
            ctx.counts().unchanged(1);
            return;
        }
        LedgerRecord was = current.record();
        invoiceKey(was).ifPresent(k -> ctx.stores().invoices().release(ctx.companyId(), k.ledgerVendorId(), k.key(),
                c.billcomId()));
        LedgerRecord now = new LedgerRecord(was.companyId(), was.kind(), was.id(), was.name(), was.billcomId(), true,
                was.attributes(), was.version() + 1, was.createdAt(), ctx.now());
        batch.writes.add(new LedgerBatch.Write(now, hash(now.name(), true, withoutDocuments(was.attributes())),
                false));
        ctx.counts().updated(1);
    }

    private void importOne(StepContext ctx, Candidate c, Verdict.Import imported, LedgerBatch.Stored current,
                           Batch batch) {
        String contentHash = hash(imported.name(), imported.archived(), imported.attributes());
        if (current != null && current.contentHash().filter(contentHash::equals).isPresent()) {
            ctx.counts().unchanged(1);
            batch.settled.add(c.billcomId());
            return;
        }
        if (imported.invoice().isPresent()) {
            Verdict.InvoiceKey key = imported.invoice().get();
            Optional<String> holder = ctx.stores().invoices().claim(ctx.companyId(), key.ledgerVendorId(), key.key(),
                    c.billcomId());
            if (holder.isPresent()) {
                skip(ctx, c, List.of(Verdict.Problem.skipped("DUPLICATE_BILL", c.subject() + " has the same vendor "
                        + "and invoice number as Bill.com bill " + holder.get() + ", which is in the ledger as "
                        + LedgerIds.imported(ledgerKind, holder.get()) + "; it was not imported. Correct the invoice "
                        + "number in Bill.com, or archive the duplicate there.")), batch);
                return;
            }
            Optional<Verdict.InvoiceKey> previous = current == null ? Optional.empty() : invoiceKey(current.record());
            previous.filter(p -> !p.equals(key)).ifPresent(p -> ctx.stores().invoices().release(ctx.companyId(),
                    p.ledgerVendorId(), p.key(), c.billcomId()));
        }
        ObjectNode attributes = imported.attributes().deepCopy();
        Pending pending = new Pending(c, imported, current, contentHash, attributes);
        if (documents != null) {
            JsonNode kept = current == null ? null : current.record().attributes().get("documents");
            if (kept == null || !kept.isArray() || c.rawChanged()) {
                batch.needDocuments.add(pending);
                return;
            }
            attributes.set("documents", kept.deepCopy());
        }
        write(ctx, pending, batch);
    }

    private void write(StepContext ctx, Pending p, Batch batch) {
        Candidate c = p.candidate();
        LedgerBatch.Stored current = p.current();
        LedgerRecord record = current == null
                ? new LedgerRecord(ctx.companyId(), ledgerKind, LedgerIds.imported(ledgerKind, c.billcomId()),
                        p.imported().name(), Optional.of(c.billcomId()), p.imported().archived(), p.attributes(), 1,
                        ctx.now(), ctx.now())
                : new LedgerRecord(ctx.companyId(), ledgerKind, current.record().id(), p.imported().name(),
                        Optional.of(c.billcomId()), p.imported().archived(), p.attributes(),
                        current.record().version() + 1, current.record().createdAt(), ctx.now());
        batch.writes.add(new LedgerBatch.Write(record, p.contentHash(), current == null));
        batch.settled.add(c.billcomId());
        if (current == null) {
            ctx.counts().created(1);
        } else {
            ctx.counts().updated(1);
        }
    }

    private static Optional<Verdict.InvoiceKey> invoiceKey(LedgerRecord bill) {
        JsonNode vendor = bill.attributes().get("vendor_id");
        JsonNode number = bill.attributes().get("invoice_number");
        return vendor == null || number == null ? Optional.empty()
                : Verdict.InvoiceKey.of(vendor.asText(), number.asText());
    }

    private static ObjectNode withoutDocuments(ObjectNode attributes) {
        ObjectNode copy = attributes.deepCopy();
        copy.remove("documents");
        return copy;
    }

    /** The hash of what the engine writes (documents aside, which follow the bill). */
    private static String hash(String name, boolean archived, ObjectNode attributes) {
        ObjectNode content = Json.mapper().createObjectNode();
        content.put("name", name);
        content.put("archived", archived);
        content.set("attributes", attributes);
        return ContentHash.of(content);
    }
}
