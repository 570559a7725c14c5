package com.billsync.store.dynamodb;

import com.billsync.domain.PageRequest;
import com.billsync.planner.DueIndex;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link DueIndex} on the table's sparse {@code due} index ({@code due_shard}, {@code next_sync_at}): a range
 * query per shard, and a claim that is a conditional update of the integration item.
 */
public final class DynamoDueIndex implements DueIndex {

    private final DynamoTable table;

    public DynamoDueIndex(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public List<String> shards() {
        return TableLayout.dueShards();
    }

    @Override
    public Page due(String shard, Instant now, int limit, Optional<String> from) {
        QueryResponse response = table.client().query(b -> {
            b.tableName(table.name()).indexName(TableLayout.DUE_INDEX)
                    .keyConditionExpression("#shard = :shard AND #next <= :now")
                    .expressionAttributeNames(Map.of("#shard", TableLayout.DUE_SHARD,
                            "#next", TableLayout.NEXT_SYNC_AT))
                    .expressionAttributeValues(Map.of(":shard", Item.s(shard), ":now", Item.s(now.toString())))
                    .limit(Math.min(limit, PageRequest.MAX_LIMIT * 10));
            from.ifPresent(c -> b.exclusiveStartKey(PageCursors.decode(c, TableLayout.DUE_SHARD, shard,
                    TableLayout.NEXT_SYNC_AT, "")));
        });
        List<Due> due = response.items().stream().map(item -> {
            Read r = new Read(item);
            return new Due(r.s(TableLayout.PK).substring(TableLayout.integration("").length()),
                    r.time(TableLayout.NEXT_SYNC_AT), r.s(TableLayout.NEXT_SYNC_AT));
        }).toList();
        return new Page(due, PageCursors.encode(response.lastEvaluatedKey()));
    }

    @Override
    public boolean claim(Due due, Instant until) {
        try {
            table.client().updateItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(TableLayout.integration(due.integrationId()), TableLayout.META))
                    .updateExpression("SET #next = :until")
                    .conditionExpression("#next = :seen AND attribute_exists(#shard)")
                    .expressionAttributeNames(Map.of("#next", TableLayout.NEXT_SYNC_AT,
                            "#shard", TableLayout.DUE_SHARD))
                    .expressionAttributeValues(Map.of(":seen", Item.s(due.seen()),
                            ":until", Item.s(until.toString()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }
}
