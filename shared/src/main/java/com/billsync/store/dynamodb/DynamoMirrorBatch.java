package com.billsync.store.dynamodb;

import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.MirrorBatch;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link MirrorBatch} on the table: the same items {@link DynamoMirrorStore} reads, a page at a time. */
public final class DynamoMirrorBatch implements MirrorBatch {

    private final DynamoTable table;

    public DynamoMirrorBatch(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Map<String, MirrorRow> get(String integrationId, BillcomKind kind, Collection<String> billcomIds) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(billcomIds).stream()
                .map(id -> Item.keyOf(TableLayout.integration(integrationId), TableLayout.mirror(kind, id)))
                .toList();
        Map<String, MirrorRow> rows = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchOps.get(table, keys)) {
            MirrorRow row = MirrorItems.row(item);
            rows.put(row.billcomId(), row);
        }
        return rows;
    }

    @Override
    public void put(List<MirrorRow> rows) {
        BatchOps.write(table, rows.stream().map(r -> BatchOps.put(MirrorItems.item(r))).toList());
    }
}
