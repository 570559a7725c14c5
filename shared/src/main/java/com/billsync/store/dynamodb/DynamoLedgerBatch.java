package com.billsync.store.dynamodb;

import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.billsync.sync.LedgerBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link LedgerBatch} on the table: ledger records as {@link LedgerItems} writes them, plus the content hash
 * ({@code content_hash}) the engine compares, and the Bill.com-id lookup item for new records.
 */
public final class DynamoLedgerBatch implements LedgerBatch {

    static final String CONTENT_HASH = "content_hash";

    private final DynamoTable table;

    public DynamoLedgerBatch(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Map<String, Stored> get(String companyId, LedgerKind kind, Collection<String> ledgerIds) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(ledgerIds).stream()
                .map(id -> Item.keyOf(TableLayout.company(companyId), TableLayout.ledger(kind, id)))
                .toList();
        Map<String, Stored> found = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchOps.get(table, keys)) {
            LedgerRecord record = LedgerItems.record(item);
            found.put(record.id(), new Stored(record, new Read(item).opt(CONTENT_HASH)));
        }
        return found;
    }

    @Override
    public void put(List<Write> writes) {
        List<WriteRequest> requests = new ArrayList<>();
        for (Write w : writes) {
            Map<String, AttributeValue> item = new HashMap<>(LedgerItems.record(w.record()));
            item.put(CONTENT_HASH, Item.s(w.contentHash()));
            requests.add(BatchOps.put(item));
            if (w.isNew() && w.record().billcomId().isPresent()) {
                requests.add(BatchOps.put(LedgerItems.billcomLookup(w.record().companyId(), w.record().kind(),
                        w.record().billcomId().get(), w.record().id())));
            }
        }
        BatchOps.write(table, requests);
    }
}
