package com.billsync.sync;

import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ledger records as the sync engine reads and writes them: a page at a time, each carrying the hash of the
 * content it was written from, so an unchanged record costs no write.
 */
public interface LedgerBatch {

    /** A stored record and the content hash it was last written with (empty for records the API created). */
    record Stored(LedgerRecord record, Optional<String> contentHash) {
        public Stored {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(contentHash, "contentHash");
        }
    }

    /** A record to write with its content hash; {@code isNew} also writes its Bill.com-id lookup. */
    record Write(LedgerRecord record, String contentHash, boolean isNew) {
        public Write {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(contentHash, "contentHash");
        }
    }

    /** The stored records among {@code ledgerIds}, keyed by ledger id. */
    Map<String, Stored> get(String companyId, LedgerKind kind, Collection<String> ledgerIds);

    /**
     * Writes the records. Not conditional: the engine is the only writer of the records it imports (one
     * worker per integration at a time) and ids are derived from Bill.com ids, so a repeated write lands on
     * the same item.
     */
    void put(List<Write> writes);
}
