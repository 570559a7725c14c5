package com.billsync.local.runtime.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organization at one latency: billsync and the two baselines, and every figure derived from them next to
 * its bound. The derived figures are computed here once, for the table and the JSON alike.
 */
record CaseResult(String size, long latencyMs, Map<String, Integer> records, Map<String, Long> bound,
                  BillsyncCase.Result billsync, Baselines.Result sequential, Baselines.Result seed) {

    long boundCalls() {
        return Lists.total(bound);
    }

    long callsWithoutDocuments() {
        return Lists.withoutDocuments(billsync.initialCalls());
    }

    long documentCalls() {
        return billsync.initialCalls().getOrDefault(Lists.DOCUMENTS_ENDPOINT, 0L);
    }

    /** The fastest Bill.com allows the lists: every bound call at the latency, three at a time. */
    double wallBoundMillis() {
        return boundCalls() * (double) latencyMs / 3;
    }

    /** The same with the per-bill document listings billsync needs for what it imports. */
    double wallBoundWithDocumentsMillis() {
        return (boundCalls() + documentCalls()) * (double) latencyMs / 3;
    }

    static double ratio(double value, double bound) {
        return bound <= 0 ? Double.NaN : value / bound;
    }

    long lists() {
        return records.size();
    }

    /** The figures, by name, as the JSON carries them. */
    Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("bound_calls", boundCalls());
        f.put("initial_calls_without_documents", callsWithoutDocuments());
        f.put("initial_calls_ratio_to_bound", ratio(callsWithoutDocuments(), boundCalls()));
        f.put("initial_document_calls", documentCalls());
        f.put("initial_wall_ms", billsync.initialWallMillis());
        f.put("wall_bound_ms", wallBoundMillis());
        f.put("wall_ratio_to_bound", ratio(billsync.initialWallMillis(), wallBoundMillis()));
        f.put("wall_bound_with_documents_ms", wallBoundWithDocumentsMillis());
        f.put("wall_ratio_to_bound_with_documents", ratio(billsync.initialWallMillis(),
                wallBoundWithDocumentsMillis()));
        f.put("max_in_flight_observed", Math.max(billsync.seed().maxConcurrency(), billsync.full().maxConcurrency()));
        f.put("incremental_calls", Lists.total(billsync.incremental().calls()));
        f.put("incremental_logins", billsync.incremental().logins());
        f.put("incremental_ledger_writes", billsync.incremental().engine().ledgerWrites());
        f.put("incremental_dynamodb_items_written", billsync.incremental().dynamo().totalItemsWritten());
        f.put("changed_bills", billsync.billsChanged());
        f.put("changed_calls_without_documents", Lists.withoutDocuments(billsync.changed().calls()));
        f.put("changed_document_calls", billsync.changed().calls().getOrDefault(Lists.DOCUMENTS_ENDPOINT, 0L));
        f.put("changed_ledger_writes", billsync.changed().engine().ledgerWrites());
        f.put("changed_dynamodb_items_written", billsync.changed().dynamo().totalItemsWritten());
        f.put("imported_records", billsync.imported());
        f.put("ledger_items_per_imported_record", perImported("LEDGER"));
        f.put("bcid_items_per_imported_record", perImported("BCID"));
        f.put("dynamodb_items_written_per_imported_record",
                ratio(billsync.full().dynamo().totalItemsWritten(), billsync.imported()));
        f.put("dynamodb_write_requests_per_imported_record",
                ratio(billsync.full().dynamo().writeRequests(), billsync.imported()));
        f.put("dynamodb_items_read_per_record_read",
                ratio(billsync.full().dynamo().itemsRead(), billsync.full().engine().read()));
        f.put("dynamodb_read_requests_per_record_read",
                ratio(billsync.full().dynamo().readRequests(), billsync.full().engine().read()));
        for (Baselines.Result b : new Baselines.Result[] {sequential, seed}) {
            String p = b.strategy().label + "_";
            f.put(p + "calls_without_documents", Lists.withoutDocuments(b.calls()));
            f.put(p + "document_calls", b.calls().getOrDefault(Lists.DOCUMENTS_ENDPOINT, 0L));
            f.put(p + "wall_ms", b.wallMillis());
            f.put(p + "extrapolated", b.extrapolated());
            f.put("billsync_to_" + p + "calls", ratio(callsWithoutDocuments(), Lists.withoutDocuments(b.calls())));
            f.put("billsync_to_" + p + "wall", ratio(billsync.initialWallMillis(), b.wallMillis()));
        }
        return f;
    }

    private double perImported(String kind) {
        return ratio(billsync.full().dynamo().itemsWritten(kind), billsync.imported());
    }
}
