package com.billsync.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds an item's attribute map; absent optionals are left out (DynamoDB has no use for nulls). */
final class Item {

    private final Map<String, AttributeValue> values = new HashMap<>();

    static Item key(String pk, String sk) {
        return new Item().s(TableLayout.PK, pk).s(TableLayout.SK, sk);
    }

    static Map<String, AttributeValue> keyOf(String pk, String sk) {
        return key(pk, sk).build();
    }

    Item s(String name, String value) {
        if (value != null) {
            values.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    Item s(String name, Optional<String> value) {
        value.ifPresent(v -> s(name, v));
        return this;
    }

    Item n(String name, long value) {
        values.put(name, AttributeValue.fromN(Long.toString(value)));
        return this;
    }

    Item bool(String name, boolean value) {
        values.put(name, AttributeValue.fromBool(value));
        return this;
    }

    Item time(String name, Instant value) {
        return value == null ? this : s(name, value.toString());
    }

    Item time(String name, Optional<Instant> value) {
        value.ifPresent(v -> time(name, v));
        return this;
    }

    Item date(String name, Optional<LocalDate> value) {
        value.ifPresent(v -> s(name, v.toString()));
        return this;
    }

    Item m(String name, Map<String, AttributeValue> value) {
        values.put(name, AttributeValue.fromM(value));
        return this;
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(values);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
