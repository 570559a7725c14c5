package com.billsync.sync;

import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The integration's mirror of Bill.com records, read and written a page at a time (the same rows {@link
 * com.billsync.mapping.MirrorStore} serves to the mapping screens).
 */
public interface MirrorBatch {

    /** The stored rows among {@code billcomIds}, keyed by Bill.com id. */
    Map<String, MirrorRow> get(String integrationId, BillcomKind kind, Collection<String> billcomIds);

    /** Writes the rows (replacing stored ones); idempotent. */
    void put(List<MirrorRow> rows);
}
