package com.billsync.mapping;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/** The integration's mirror of Bill.com records. */
public interface MirrorStore {

    /** What an upsert did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Writes the row unless the stored row has the same hash; idempotent. */
    Outcome upsert(String integrationId, BillcomKind kind, String billcomId, String hash, String json);

    Optional<MirrorRow> get(String integrationId, BillcomKind kind, String billcomId);

    /** In Bill.com id order. */
    Page<MirrorRow> list(String integrationId, BillcomKind kind, PageRequest page);

    boolean any(String integrationId, BillcomKind kind);

    /** Every row of the kind, strongly consistent (for rules that look at a whole, small kind: the chart). */
    List<MirrorRow> all(String integrationId, BillcomKind kind);
}
