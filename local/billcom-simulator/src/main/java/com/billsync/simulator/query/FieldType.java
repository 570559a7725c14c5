package com.billsync.simulator.query;

import com.billsync.simulator.store.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How a field's values compare. Every type reduces a value to a comparable key of one Java class, so keys of
 * one field always compare with each other; values that do not fit the type reduce to null (no key).
 */
public enum FieldType {
    STRING {
        @Override
        Optional<Comparable<?>> parse(String text) {
            return Optional.of(text);
        }
    },
    /** Keys are canonical v3 UTC strings, whose text order is time order (and cheap to compare). */
    TIMESTAMP {
        @Override
        Optional<Comparable<?>> parse(String text) {
            if (Timestamps.isCanonicalV3(text)) {
                return Optional.of(text);
            }
            String fromV2 = Timestamps.canonicalFromV2(text);
            if (fromV2 != null) {
                return Optional.of(fromV2);
            }
            return Timestamps.parse(text).map(Timestamps::v3);
        }
    },
    /** Keys are {@code yyyy-MM-dd} strings; a timestamp filter value counts by its UTC date. */
    DATE {
        @Override
        Optional<Comparable<?>> parse(String text) {
            if (text.length() == 10) {
                try {
                    return Optional.of(LocalDate.parse(text).toString());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            return Timestamps.parseDate(text).map(LocalDate::toString);
        }
    },
    BOOLEAN {
        @Override
        Optional<Comparable<?>> parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("false") ? Optional.of(Boolean.valueOf(t)) : Optional.empty();
        }
    },
    NUMBER {
        @Override
        Optional<Comparable<?>> parse(String text) {
            try {
                return Optional.of(new BigDecimal(text.trim()).stripTrailingZeros());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    };

    abstract Optional<Comparable<?>> parse(String text);

    /** The key of a filter value, or empty when the value does not fit this type. */
    public Optional<Comparable<?>> keyOfText(String text) {
        return text == null ? Optional.empty() : parse(text);
    }

    /** The key of a stored JSON value, or null when absent or not of this type. */
    public Comparable<?> keyOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        if (this == NUMBER && value.isNumber()) {
            return value.decimalValue().stripTrailingZeros();
        }
        if (this == BOOLEAN && value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText();
        if (this == STRING || (this == TIMESTAMP && Timestamps.isCanonicalV3(text))) {
            return text; // the hot path of every scan: no parsing, no Optional
        }
        return parse(text).orElse(null);
    }
}
