package com.billsync.store.dynamodb;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The table and the few ways the adapters talk to it. */
final class DynamoTable {

    private final DynamoDbClient client;
    private final String name;

    DynamoTable(DynamoDbClient client, String name) {
        this.client = Objects.requireNonNull(client, "client");
        this.name = Objects.requireNonNull(name, "name");
    }

    DynamoDbClient client() {
        return client;
    }

    String name() {
        return name;
    }

    /** A strongly consistent read. */
    Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(name).key(Item.keyOf(pk, sk))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** What a page query needs: index (null for the table), key condition by partition and sort-key prefix. */
    record Query(String index, String pkAttribute, String pk, String skAttribute, String skPrefix, boolean forward) {

        static Query table(String pk, String skPrefix, boolean forward) {
            return new Query(null, TableLayout.PK, pk, TableLayout.SK, skPrefix, forward);
        }

        static Query gsi1(String pk, String skPrefix) {
            return new Query(TableLayout.GSI1, TableLayout.GSI1_PK, pk, TableLayout.GSI1_SK, skPrefix, true);
        }
    }

    Page<Map<String, AttributeValue>> page(Query query, PageRequest page) {
        QueryRequest.Builder request = request(query).limit(page.limit());
        page.cursor().ifPresent(c -> request.exclusiveStartKey(
                PageCursors.decode(c, query.pkAttribute(), query.pk(), query.skAttribute(), query.skPrefix())));
        QueryResponse response = client.query(request.build());
        return new Page<>(response.items(), PageCursors.encode(response.lastEvaluatedKey()));
    }

    /**
     * A page of items that pass {@code filter} (a FilterExpression with its names and values): keeps reading
     * until the page is full or the partition ends, so filtered pages are not needlessly short.
     */
    Page<Map<String, AttributeValue>> filteredPage(Query query, PageRequest page, String filter,
                                                   Map<String, String> names, Map<String, AttributeValue> values) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = page.cursor().map(c -> PageCursors.decode(c, query.pkAttribute(),
                query.pk(), query.skAttribute(), query.skPrefix())).orElse(null);
        for (int reads = 0; reads < 10; reads++) {
            QueryRequest.Builder request = request(query).limit(page.limit() - items.size());
            if (filter != null) {
                Map<String, String> allNames = new HashMap<>(request.build().expressionAttributeNames());
                allNames.putAll(names);
                Map<String, AttributeValue> allValues = new HashMap<>(request.build().expressionAttributeValues());
                allValues.putAll(values);
                request.filterExpression(filter).expressionAttributeNames(allNames)
                        .expressionAttributeValues(allValues);
            }
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = client.query(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (start == null || items.size() >= page.limit()) {
                break;
            }
        }
        return new Page<>(items, PageCursors.encode(start));
    }

    /** Every item of a partition with the sort-key prefix (for small sets: a company's chart, mappings). */
    List<Map<String, AttributeValue>> all(String pk, String skPrefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = request(Query.table(pk, skPrefix, true)).consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = client.query(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    boolean any(String pk, String skPrefix) {
        return client.query(request(Query.table(pk, skPrefix, true)).limit(1).build()).count() > 0;
    }

    /**
     * Runs a transaction; when a condition fails, returns the indexes of the items whose condition failed
     * (empty list = committed).
     */
    List<Integer> transact(List<TransactWriteItem> items) {
        try {
            client.transactWriteItems(b -> b.transactItems(items));
            return List.of();
        } catch (TransactionCanceledException e) {
            List<Integer> failed = new ArrayList<>();
            List<CancellationReason> reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size(); i++) {
                if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                    failed.add(i);
                }
            }
            if (failed.isEmpty()) {
                throw e;
            }
            return failed;
        }
    }

    private QueryRequest.Builder request(Query query) {
        return QueryRequest.builder()
                .tableName(name)
                .indexName(query.index())
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", query.pkAttribute(), "#sk", query.skAttribute()))
                .expressionAttributeValues(Map.of(":pk", Item.s(query.pk()), ":prefix", Item.s(query.skPrefix())))
                .scanIndexForward(query.forward());
    }
}
