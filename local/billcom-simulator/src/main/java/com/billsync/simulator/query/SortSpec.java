package com.billsync.simulator.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One sort field and direction. Ties (and the default order) go by id, ascending. */
public record SortSpec(FieldSpec.Field field, boolean ascending) {
    /** Lists without a {@code sort} parameter come back in id order. */
    public static final SortSpec BY_ID =
            new SortSpec(FieldSpec.builder().string("id").build().field("id").orElseThrow(), true);

    /** The key an object sorts by: its first value of the field, or null (nulls sort first ascending). */
    public Comparable<?> keyOf(JsonNode node) {
        List<JsonNode> values = field.values(node);
        for (JsonNode v : values) {
            Comparable<?> key = field.type().keyOf(v);
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    public String name() {
        return field.name();
    }
}
