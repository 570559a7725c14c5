package com.billsync.sync;

import com.billsync.integration.IntegrationStore;
import com.billsync.mapping.MappingStore;
import com.billsync.runs.ErrorLogStore;
import com.billsync.runs.RunStore;
import com.billsync.runs.SyncStateStore;
import java.util.Objects;

/** Every store the engine and its steps use. */
public record SyncStores(
        IntegrationStore integrations,
        RunStore runs,
        CheckpointStore checkpoints,
        SyncStateStore syncState,
        ErrorLogStore errors,
        MappingStore mappings,
        MirrorBatch mirror,
        LedgerBatch ledger,
        SkipIndex skips,
        InvoiceGuard invoices) {

    public SyncStores {
        Objects.requireNonNull(integrations, "integrations");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(syncState, "syncState");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(skips, "skips");
        Objects.requireNonNull(invoices, "invoices");
    }
}
