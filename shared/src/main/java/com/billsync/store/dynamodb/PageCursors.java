package com.billsync.store.dynamodb;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque list cursors: DynamoDB's {@code LastEvaluatedKey} (string attributes only, which every key of the
 * layout is) as base64url JSON. A decoded cursor must belong to the query it is used with (same partition,
 * same sort-key prefix), so a cursor from another list, or another tenant's, is rejected as invalid rather than
 * reading outside the caller's partition.
 */
final class PageCursors {

    private PageCursors() {
    }

    static Optional<String> encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = Json.mapper().createObjectNode();
        lastKey.forEach((k, v) -> node.put(k, v.s()));
        return Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param partitionAttribute the query's partition key attribute, which must equal {@code partition}
     * @param sortAttribute      the query's sort key attribute, which must start with {@code sortPrefix}
     */
    static Map<String, AttributeValue> decode(String cursor, String partitionAttribute, String partition,
                                              String sortAttribute, String sortPrefix) {
        try {
            JsonNode node = Json.mapper().readTree(Base64.getUrlDecoder().decode(cursor));
            if (node == null || !node.isObject() || node.size() > 6) {
                throw invalid();
            }
            Map<String, AttributeValue> key = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isTextual()) {
                    throw invalid();
                }
                key.put(e.getKey(), AttributeValue.fromS(e.getValue().asText()));
            }
            AttributeValue p = key.get(partitionAttribute);
            AttributeValue s = key.get(sortAttribute);
            if (p == null || !partition.equals(p.s()) || s == null || !s.s().startsWith(sortPrefix)
                    || !key.containsKey(TableLayout.PK) || !key.containsKey(TableLayout.SK)) {
                throw invalid();
            }
            return key;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    private static ServiceException invalid() {
        return new ServiceException(ErrorCode.INVALID_CURSOR,
                "cursor is not a cursor of this list. Start again without it.");
    }
}
