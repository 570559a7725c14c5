package com.billsync.store.dynamodb;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.mapping.MirrorStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** {@link MirrorStore} on the table: one item per row; a put whose hash is already stored is skipped. */
public final class DynamoMirrorStore implements MirrorStore {

    private final DynamoTable table;
    private final Clock clock;

    public DynamoMirrorStore(DynamoDbClient client, String tableName, Clock clock) {
        this.table = new DynamoTable(client, tableName);
        this.clock = clock;
    }

    @Override
    public Outcome upsert(String integrationId, BillcomKind kind, String billcomId, String hash, String json) {
        Map<String, AttributeValue> item = MirrorItems.item(new MirrorRow(integrationId, kind, billcomId, hash, json,
                clock.instant()));
        try {
            PutItemResponse response = table.client().putItem(b -> b.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR #hash <> :hash")
                    .expressionAttributeNames(Map.of("#hash", "hash"))
                    .expressionAttributeValues(Map.of(":hash", Item.s(hash)))
                    .returnValues(ReturnValue.ALL_OLD));
            return response.hasAttributes() && !response.attributes().isEmpty() ? Outcome.UPDATED : Outcome.CREATED;
        } catch (ConditionalCheckFailedException sameHash) {
            return Outcome.UNCHANGED;
        }
    }

    @Override
    public Optional<MirrorRow> get(String integrationId, BillcomKind kind, String billcomId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.mirror(kind, billcomId))
                .map(MirrorItems::row);
    }

    @Override
    public Page<MirrorRow> list(String integrationId, BillcomKind kind, PageRequest page) {
        return table.page(DynamoTable.Query.table(TableLayout.integration(integrationId),
                TableLayout.mirrorPrefix(kind), true), page).map(MirrorItems::row);
    }

    @Override
    public boolean any(String integrationId, BillcomKind kind) {
        return table.any(TableLayout.integration(integrationId), TableLayout.mirrorPrefix(kind));
    }

    @Override
    public List<MirrorRow> all(String integrationId, BillcomKind kind) {
        return table.all(TableLayout.integration(integrationId), TableLayout.mirrorPrefix(kind)).stream()
                .map(MirrorItems::row).toList();
    }
}
