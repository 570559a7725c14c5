package com.billsync.simulator.query;

import com.billsync.simulator.error.BdcError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One parsed condition. Keys are compared in the field's type; a value missing from an object matches only the
 * negative operators ({@code ne}, {@code nin}).
 */
public record Filter(FieldSpec.Field field, Op op, List<String> rawValues, List<Comparable<?>> keys,
                     Set<Comparable<?>> keySet) implements Predicate<JsonNode> {

    /**
     * Builds a filter, converting its values to the field's type.
     *
     * @throws com.billsync.simulator.error.ApiException BDC_1119 when a value does not fit the field's type
     */
    public static Filter of(FieldSpec.Field field, Op op, List<String> values) {
        if (values.isEmpty() || (!op.takesList() && values.size() != 1)) {
            throw BdcError.INVALID_FIELD_VALUE.exception(field.name(), String.join(",", values));
        }
        List<Comparable<?>> keys = values.stream()
                .map(v -> op == Op.SW ? v : field.type().keyOfText(v)
                        .orElseThrow(() -> BdcError.INVALID_FIELD_VALUE.exception(field.name(), v)))
                .<Comparable<?>>map(k -> k)
                .toList();
        return new Filter(field, op, List.copyOf(values), keys, Set.copyOf(keys));
    }

    public boolean isIdLookup() {
        return field.name().equals("id") && (op == Op.EQ || op == Op.IN);
    }

    @Override
    public boolean test(JsonNode node) {
        List<JsonNode> values = field.values(node);
        return switch (op) {
            case NE -> values.stream().noneMatch(v -> Objects.equals(key(v), keys.get(0)));
            case NIN -> values.stream().noneMatch(v -> keySet.contains(key(v)));
            case IN -> values.stream().anyMatch(v -> keySet.contains(key(v)));
            case SW -> values.stream().anyMatch(v -> v.isValueNode() && v.asText().toLowerCase(Locale.ROOT)
                    .startsWith(rawValues.get(0).toLowerCase(Locale.ROOT)));
            case EQ -> values.stream().anyMatch(v -> Objects.equals(key(v), keys.get(0)));
            case GT, GTE, LT, LTE -> values.stream().anyMatch(v -> compares(key(v)));
        };
    }

    private Comparable<?> key(JsonNode value) {
        return field.type().keyOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean compares(Comparable<?> key) {
        if (key == null) {
            return false;
        }
        int c = ((Comparable) key).compareTo(keys.get(0));
        return switch (op) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }
}
