package com.billsync.sync;

import com.billsync.json.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How Bill.com records are kept in the mirror: the client's typed model written back in Bill.com's camelCase
 * (so {@link com.billsync.mapping.BillcomRecord} reads it like Bill.com's own JSON), nulls left out. Writing
 * the model rather than the raw response keeps fields the model leaves out on purpose (bank and tax details)
 * out of the table.
 */
public final class MirrorJson {

    private static final ObjectMapper MAPPER = Json.derive()
            .propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** Fields that change without the record's content changing; left out of content hashes. */
    public static final java.util.Set<String> VOLATILE = java.util.Set.of("updatedTime");

    private MirrorJson() {
    }

    public static ObjectNode tree(Object record) {
        return MAPPER.valueToTree(record);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mirror row of " + type.getSimpleName() + " is unreadable", e);
        }
    }

    public static <T> T read(ObjectNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(type.getSimpleName() + " tree is unreadable", e);
        }
    }

    /** The hash of a record as Bill.com sent it, without its volatile fields. */
    public static String hash(Object record) {
        return ContentHash.of(tree(record), VOLATILE);
    }
}
