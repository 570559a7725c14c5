package com.billsync.sync.steps;

import com.billsync.billcom.MalformedRecord;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.ContentHash;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of Bill.com records next to their mirror rows: which are new, which changed, which Bill.com sent
 * again unchanged. Duplicates within a page keep the last copy.
 */
final class PageRows<T> {

    /** A record with its mirror JSON and content hash, and the row stored for it before this page. */
    record Row<T>(T record, String id, ObjectNode json, String hash, MirrorRow stored) {
        boolean isNew() {
            return stored == null;
        }

        boolean changed() {
            return stored == null || !stored.hash().equals(hash);
        }
    }

    private final List<Row<T>> rows;

    private PageRows(List<Row<T>> rows) {
        this.rows = rows;
    }

    /** Reads the page's stored mirror rows (one batch read) and pairs them with the records. */
    static <T> PageRows<T> of(StepContext ctx, BillcomKind kind, List<T> records, Function<T, String> id) {
        Map<String, T> unique = new LinkedHashMap<>();
        records.forEach(r -> unique.put(id.apply(r), r));
        Map<String, MirrorRow> stored = ctx.stores().mirror().get(ctx.integrationId(), kind, unique.keySet());
        List<Row<T>> rows = new ArrayList<>();
        unique.forEach((key, record) -> {
            ObjectNode json = MirrorJson.tree(record);
            rows.add(new Row<>(record, key, json, ContentHash.of(json, MirrorJson.VOLATILE), stored.get(key)));
        });
        return new PageRows<>(rows);
    }

    List<Row<T>> rows() {
        return rows;
    }

    List<Row<T>> changed() {
        return rows.stream().filter(Row::changed).toList();
    }

    /** Writes the changed rows to the mirror and counts the writes. */
    static <T> void writeMirror(StepContext ctx, BillcomKind kind, List<Row<T>> changed) {
        writeMirror(ctx, kind, changed, Row::json);
    }

    /**
     * Writes the changed rows with the JSON {@code json} gives (a record enriched beyond what Bill.com's list
     * sent), keyed by the hash of what Bill.com sent, so an unchanged record is recognized before enrichment.
     */
    static <T> void writeMirror(StepContext ctx, BillcomKind kind, List<Row<T>> changed,
                                Function<Row<T>, ObjectNode> json) {
        if (changed.isEmpty()) {
            return;
        }
        ctx.stores().mirror().put(changed.stream().map(r -> new MirrorRow(ctx.integrationId(), kind, r.id(),
                r.hash(), json.apply(r).toString(), ctx.now())).toList());
        ctx.counts().writes(changed.size());
    }

    /** Logs every malformed record of a page as {@code INVALID_RECORD} and counts it failed. */
    static void reportMalformed(StepContext ctx, String entityType, String label, List<MalformedRecord> malformed) {
        for (MalformedRecord bad : malformed) {
            ctx.logFailure(entityType, bad.id(), "INVALID_RECORD", "Bill.com returned " + label
                    + (bad.id() == null ? " without a readable id" : " " + bad.id())
                    + " in a form billsync cannot read (" + bad.reason() + "). Correct the record in Bill.com; the "
                    + "next sync reads it again.");
        }
        ctx.counts().failed(malformed.size());
    }
}
