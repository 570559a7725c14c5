package com.billsync.store.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem (100 keys per call) and BatchWriteItem (25 writes per call), each repeated for what DynamoDB
 * left unprocessed, with a short growing pause between repeats as DynamoDB asks.
 */
final class BatchOps {

    private static final int GET_LIMIT = 100;
    private static final int WRITE_LIMIT = 25;
    private static final int MAX_ROUNDS = 8;

    private BatchOps() {
    }

    /** Every item found among {@code keys}, strongly consistent, in no particular order. */
    static List<Map<String, AttributeValue>> get(DynamoTable table, List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += GET_LIMIT) {
            Map<String, KeysAndAttributes> request = Map.of(table.name(), KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + GET_LIMIT))).consistentRead(true).build());
            for (int round = 0; !request.isEmpty(); round++) {
                pauseBefore(round);
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = table.client().batchGetItem(b -> b.requestItems(pending));
                found.addAll(response.responses().getOrDefault(table.name(), List.of()));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    /** Applies every write; a repeated write of the same item lands on the same item. */
    static void write(DynamoTable table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += WRITE_LIMIT) {
            Map<String, List<WriteRequest>> request = new HashMap<>();
            request.put(table.name(), writes.subList(from, Math.min(writes.size(), from + WRITE_LIMIT)));
            for (int round = 0; !request.isEmpty(); round++) {
                pauseBefore(round);
                Map<String, List<WriteRequest>> pending = request;
                BatchWriteItemResponse response = table.client().batchWriteItem(b -> b.requestItems(pending));
                request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }

    static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }

    private static void pauseBefore(int round) {
        if (round == 0) {
            return;
        }
        if (round >= MAX_ROUNDS) {
            throw new IllegalStateException("DynamoDB kept items unprocessed after " + MAX_ROUNDS + " rounds");
        }
        try {
            Thread.sleep(Math.min(1_000L, 25L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a batch", e);
        }
    }
}
