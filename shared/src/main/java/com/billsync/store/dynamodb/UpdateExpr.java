package com.billsync.store.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds an UpdateExpression: SET for present values, REMOVE for absent optionals, with placeholders. */
final class UpdateExpr {

    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    UpdateExpr set(String attribute, AttributeValue value) {
        String n = name(attribute);
        String v = ":" + n.substring(1);
        sets.add(n + " = " + v);
        values.put(v, value);
        return this;
    }

    UpdateExpr set(String attribute, String value) {
        return set(attribute, AttributeValue.fromS(value));
    }

    UpdateExpr setOrRemove(String attribute, Optional<String> value) {
        return value.isPresent() ? set(attribute, value.get()) : remove(attribute);
    }

    UpdateExpr setIfNotExists(String attribute, AttributeValue value) {
        String n = name(attribute);
        String v = ":" + n.substring(1);
        sets.add(n + " = if_not_exists(" + n + ", " + v + ")");
        values.put(v, value);
        return this;
    }

    UpdateExpr remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    /** Adds a value for use in a condition. */
    UpdateExpr value(String placeholder, AttributeValue value) {
        values.put(placeholder, value);
        return this;
    }

    /** The placeholder of an attribute name, for use in a condition. */
    String name(String attribute) {
        String placeholder = "#" + attribute.replaceAll("[^A-Za-z0-9_]", "_");
        names.put(placeholder, attribute);
        return placeholder;
    }

    String expression() {
        StringBuilder out = new StringBuilder();
        if (!sets.isEmpty()) {
            out.append("SET ").append(String.join(", ", sets));
        }
        if (!removes.isEmpty()) {
            out.append(out.isEmpty() ? "" : " ").append("REMOVE ").append(String.join(", ", removes));
        }
        return out.toString();
    }

    Map<String, String> names() {
        return names;
    }

    Map<String, AttributeValue> values() {
        return values;
    }
}
