package com.billsync.mapping;

import java.time.Instant;
import java.util.Objects;

/**
 * A mirrored Bill.com record.
 *
 * @param hash a content hash chosen by the writer; an upsert with the same hash writes nothing
 * @param json the Bill.com v3 object as Bill.com returned it (camelCase)
 */
public record MirrorRow(String integrationId, BillcomKind kind, String billcomId, String hash, String json,
                        Instant updatedAt) {
    public MirrorRow {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
