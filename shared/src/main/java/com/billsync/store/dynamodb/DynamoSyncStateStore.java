package com.billsync.store.dynamodb;

import com.billsync.runs.SyncStateStore;
import com.billsync.runs.SyncStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link SyncStateStore} on the table: {@code CURSOR#<step>} and {@code PULLED#<step>} items. */
public final class DynamoSyncStateStore implements SyncStateStore {

    private final DynamoTable table;

    public DynamoSyncStateStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Optional<String> cursor(String integrationId, SyncStep step) {
        return table.get(TableLayout.integration(integrationId), TableLayout.cursor(step))
                .map(item -> new Read(item).s("cursor"));
    }

    @Override
    public void saveCursor(String integrationId, SyncStep step, String cursor, Instant at) {
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(integrationId), TableLayout.cursor(step))
                .s(TableLayout.ENTITY, "cursor").s("step", step.wire()).s("cursor", cursor).time("updated_at", at)
                .build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }

    @Override
    public int resetCursors(String integrationId) {
        List<Map<String, AttributeValue>> cursors = table.all(TableLayout.integration(integrationId),
                TableLayout.cursorPrefix());
        for (Map<String, AttributeValue> cursor : cursors) {
            table.client().deleteItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(cursor.get(TableLayout.PK).s(), cursor.get(TableLayout.SK).s())));
        }
        return cursors.size();
    }

    @Override
    public void recordPulled(String integrationId, SyncStep step, String runId, Instant at) {
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(integrationId), TableLayout.pulled(step))
                .s(TableLayout.ENTITY, "pulled").s("step", step.wire()).s("run_id", runId).time("pulled_at", at)
                .build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }

    @Override
    public Optional<Instant> pulledAt(String integrationId, SyncStep step) {
        return table.get(TableLayout.integration(integrationId), TableLayout.pulled(step))
                .map(item -> new Read(item).time("pulled_at"));
    }
}
